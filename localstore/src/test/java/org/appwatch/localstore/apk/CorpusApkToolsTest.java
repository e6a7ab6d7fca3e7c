package org.appwatch.localstore.apk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.corpus.Sdk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The APKs the store actually serves, one of each kind the corpus generates, checked with Debian's
 * Android tools against what the corpus says the app contains (the ground truth's facts).
 */
class CorpusApkToolsTest {

  private static final Pattern DEX_CLASS = Pattern.compile("Class descriptor\\s*: 'L([^;]+);'");
  private static final Map<String, Predicate<AppSpec>> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put(
        "legacy targetSdk < 23 with dangerous permissions",
        a -> a.targetSdk() < 23 && !a.dangerousPermissions().isEmpty());
    KINDS.put("modern targetSdk >= 33", a -> a.targetSdk() >= 33);
    KINDS.put("three or more SDKs", a -> a.sdks().size() >= 3);
    KINDS.put("SDK meta-data keys", a -> !a.apk().metaData().isEmpty());
    KINDS.put("SDK components", a -> a.apk().components().size() > 1);
    KINDS.put(
        "Chinese label", a -> a.title().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
    KINDS.put("no SDK at all", a -> a.sdks().isEmpty());
  }

  @TempDir static Path dir;
  private static final Map<String, AppSpec> APPS = new LinkedHashMap<>();
  private static final Map<String, Path> FILES = new LinkedHashMap<>();

  @BeforeAll
  static void pickOneAppOfEachKind() throws Exception {
    Corpus corpus = new Corpus(400, 2026, 0);
    ApkWriter writer = new ApkWriter();
    for (Map.Entry<String, Predicate<AppSpec>> kind : KINDS.entrySet()) {
      AppSpec app =
          corpus
              .aliveIndices()
              .mapToObj(corpus::app)
              .filter(kind.getValue())
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("the corpus generates no app of kind " + kind.getKey()));
      Path file = dir.resolve(app.apkFileName());
      Files.write(file, writer.write(app.apk()));
      APPS.put(kind.getKey(), app);
      FILES.put(kind.getKey(), file);
    }
  }

  static Stream<String> kinds() {
    return KINDS.keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void aaptReportsTheAppsPackageVersionsSdkLevelsLabelAndPermissions(String kind) {
    AppSpec app = APPS.get(kind);
    Badging badging =
        Badging.parse(AndroidTool.AAPT.output("dump", "badging", FILES.get(kind).toString()));
    assertEquals(app.packageName(), badging.packageName());
    assertEquals(app.versionCode(), badging.versionCode());
    assertEquals(app.versionName(), badging.versionName());
    assertEquals(app.minSdk(), badging.sdkVersion());
    assertEquals(app.targetSdk(), badging.targetSdkVersion());
    assertEquals(app.title(), badging.applicationLabel());
    assertEquals(
        app.permissions(),
        badging.permissions().stream().map(ApkSpec.UsesPermission::name).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void apksignerVerifiesTheDevelopersCertificate(String kind) {
    AppSpec app = APPS.get(kind);
    String output =
        AndroidTool.APKSIGNER.output(
            "verify",
            "--print-certs",
            "--min-sdk-version",
            Integer.toString(Math.min(app.minSdk(), 23)),
            FILES.get(kind).toString());
    assertTrue(
        output.contains(
            "Signer #1 certificate SHA-256 digest: "
                + SigningKeys.certificateSha256(app.apk().signer())),
        output);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void dexdumpFindsEveryEmbeddedSdkClass(String kind) {
    AppSpec app = APPS.get(kind);
    Set<String> classes = new TreeSet<>();
    Matcher m = DEX_CLASS.matcher(AndroidTool.DEXDUMP.output(FILES.get(kind).toString()));
    while (m.find()) {
      classes.add(m.group(1).replace('/', '.'));
    }
    assertEquals(new TreeSet<>(app.apk().classNames()), classes);
    List<String> sdkClasses = app.sdks().stream().map(Sdk::classes).flatMap(List::stream).toList();
    assertTrue(classes.containsAll(sdkClasses), "every SDK class is in the DEX: " + sdkClasses);
  }
}
