package org.appwatch.localstore.apk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks generated APKs with Debian's Android tools as ground truth. */
class ApkWriterTest {
  private static final Pattern DEX_CLASS = Pattern.compile("Class descriptor\\s*: 'L([^;]+);'");

  @TempDir static Path dir;

  private static final ApkWriter WRITER = new ApkWriter();
  private static final Map<String, ApkSpec> SPECS = new TreeMap<>();
  private static final Map<String, Path> FILES = new TreeMap<>();

  @BeforeAll
  static void writeApks() throws IOException {
    SPECS.put("legacy", ApkSpecs.legacy());
    SPECS.put("modern", ApkSpecs.modern(ApkSpecs.DEVELOPER_2));
    SPECS.put("minimal", ApkSpecs.minimal());
    for (Map.Entry<String, ApkSpec> kind : SPECS.entrySet()) {
      Path file = dir.resolve(kind.getKey() + ".apk");
      Files.write(file, WRITER.write(kind.getValue()));
      FILES.put(kind.getKey(), file);
    }
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of("legacy", "com.example.flashlight.MainActivity"),
        Arguments.of("modern", "com.weather.forecast.SplashActivity"),
        Arguments.of("minimal", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void aaptReportsExactlyTheManifestOfTheSpec(String kind, String launchable) {
    String output = AndroidTool.AAPT.output("dump", "badging", FILES.get(kind).toString());
    assertEquals(Badging.expected(SPECS.get(kind), launchable), Badging.parse(output), output);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void apksignerVerifiesV1V2V3WithTheSignersCertificate(String kind, String launchable) {
    // apksigner skips the v1 (JAR) signature for apps that require API 24+; asking it to verify
    // for API 23 as well makes it check the v1 signature the writer still adds.
    int minSdk = Math.min(SPECS.get(kind).minSdk(), 23);
    String output =
        AndroidTool.APKSIGNER.output(
            "verify",
            "--verbose",
            "--print-certs",
            "--min-sdk-version",
            Integer.toString(minSdk),
            FILES.get(kind).toString());
    assertTrue(output.contains("Verified using v1 scheme (JAR signing): true"), output);
    assertTrue(output.contains("Verified using v2 scheme (APK Signature Scheme v2): true"), output);
    assertTrue(output.contains("Verified using v3 scheme (APK Signature Scheme v3): true"), output);
    assertTrue(output.contains("Number of signers: 1"), output);
    String expected = SigningKeys.certificateSha256(SPECS.get(kind).signer());
    assertTrue(output.contains("Signer #1 certificate SHA-256 digest: " + expected), output);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void dexdumpListsExactlyTheSpecsClasses(String kind, String launchable) {
    String output = AndroidTool.DEXDUMP.output(FILES.get(kind).toString());
    Set<String> classes = new TreeSet<>();
    Matcher m = DEX_CLASS.matcher(output);
    while (m.find()) {
      classes.add(m.group(1).replace('/', '.'));
    }
    assertEquals(new TreeSet<>(SPECS.get(kind).classNames()), classes);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void entriesAreStoredAndAligned(String kind, String launchable) throws IOException {
    AndroidTool.ZIPALIGN.output("-c", "4", FILES.get(kind).toString());
    try (ZipFile zip = new ZipFile(FILES.get(kind).toFile())) {
      for (String name : Set.of("AndroidManifest.xml", "classes.dex", "resources.arsc")) {
        assertEquals(ZipEntry.STORED, zip.getEntry(name).getMethod(), name);
      }
    }
  }

  @Test
  void manifestTreeHoldsComponentsFiltersAndMetaData() {
    ApkSpec spec = SPECS.get("modern");
    String tree =
        AndroidTool.AAPT.output(
            "dump", "xmltree", FILES.get("modern").toString(), "AndroidManifest.xml");
    for (ApkSpec.Component component : spec.components()) {
      String element = "E: " + component.kind().name().toLowerCase(java.util.Locale.ROOT);
      String name = "android:name(0x01010003)=\"" + component.name() + "\"";
      String exported =
          "android:exported(0x01010010)=(type 0x12)0x" + (component.exported() ? "ffffffff" : "0");
      int at = tree.indexOf(name);
      assertTrue(at > 0 && tree.lastIndexOf(element, at) > 0, component.name());
      assertTrue(tree.indexOf(exported, at) > 0, component.name());
      for (String action : component.actions()) {
        assertTrue(tree.indexOf("=\"" + action + "\"", at) > 0, action);
      }
    }
    spec.metaData()
        .forEach(
            (name, value) ->
                assertTrue(
                    tree.contains("=\"" + name + "\"")
                        && tree.contains("android:value(0x01010024)=\"" + value + "\""),
                    name));
  }

  @Test
  void resourceTableHoldsTheLabelAndEveryString() {
    ApkSpec spec = SPECS.get("modern");
    String apk = FILES.get("modern").toString();
    String strings = AndroidTool.AAPT.output("dump", "strings", apk);
    String resources = AndroidTool.AAPT.output("dump", "resources", apk);
    assertTrue(strings.contains(": " + spec.appLabel() + "\n"), strings);
    assertTrue(resources.contains(spec.packageName() + ":string/app_name:"), resources);
    spec.strings()
        .forEach(
            (name, value) -> {
              assertTrue(strings.contains(": " + value + "\n"), strings);
              assertTrue(resources.contains(spec.packageName() + ":string/" + name + ":"), name);
            });
  }

  @Test
  void sameSpecGivesIdenticalBytes() {
    ApkSpec spec = ApkSpecs.modern(ApkSpecs.DEVELOPER_2);
    assertArrayEquals(WRITER.write(spec), new ApkWriter().write(spec));
  }

  @Test
  void otherDeveloperSignsWithAnotherCertificate() {
    byte[] first = WRITER.write(ApkSpecs.modern(ApkSpecs.DEVELOPER_1));
    byte[] second = WRITER.write(ApkSpecs.modern(ApkSpecs.DEVELOPER_2));
    assertNotEquals(
        SigningKeys.certificateSha256(ApkSpecs.DEVELOPER_1),
        SigningKeys.certificateSha256(ApkSpecs.DEVELOPER_2));
    assertNotEquals(sha256(first), sha256(second));
  }

  private static String sha256(byte[] bytes) {
    try {
      return Stream.of(java.security.MessageDigest.getInstance("SHA-256").digest(bytes))
          .map(java.util.HexFormat.of()::formatHex)
          .collect(Collectors.joining());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
