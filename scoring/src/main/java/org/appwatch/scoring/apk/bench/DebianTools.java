package org.appwatch.scoring.apk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appwatch.scoring.apk.ApkReport;
import org.appwatch.scoring.apk.ManifestInfo;
import org.appwatch.scoring.apk.SigningInfo;

/**
 * Runs Debian's {@code aapt dump badging}, {@code apksigner verify --print-certs} and {@code
 * dexdump} on an APK and parses the facts they agree on with the analyser. The reference the
 * analyser is measured against, in tests and in {@link ApkBenchmark}.
 */
public final class DebianTools {
  private static final Pattern PACKAGE =
      Pattern.compile("package: name='([^']*)' versionCode='([^']*)' versionName='([^']*)'");
  private static final Pattern SDK = Pattern.compile("^sdkVersion:'(\\d+)'", Pattern.MULTILINE);
  private static final Pattern TARGET =
      Pattern.compile("^targetSdkVersion:'(\\d+)'", Pattern.MULTILINE);
  private static final Pattern MAX_SDK =
      Pattern.compile("^maxSdkVersion:'(\\d+)'", Pattern.MULTILINE);
  private static final Pattern LABEL =
      Pattern.compile("^application-label(?:-([^:]+))?:'(.*)'$", Pattern.MULTILINE);
  private static final Pattern PERMISSION =
      Pattern.compile(
          "^uses-permission(-sdk-23)?: name='([^']*)'(?: maxSdkVersion='(\\d+)')?",
          Pattern.MULTILINE);
  private static final Pattern IMPLIED =
      Pattern.compile("^uses-implied-permission: name='([^']*)'", Pattern.MULTILINE);
  private static final Pattern DIGEST =
      Pattern.compile("^Signer #\\d+ certificate SHA-256 digest: ([0-9a-f]+)", Pattern.MULTILINE);
  private static final Pattern CLASS =
      Pattern.compile("^  Class descriptor  : 'L([^']*);'", Pattern.MULTILINE);

  /**
   * What the three tools say about one APK.
   *
   * @param maxSdk {@code uses-sdk maxSdkVersion}, or null
   * @param label the application label in the default configuration, or null
   * @param labels the label per locale where it differs from {@code label} (aapt prints one line
   *     per locale of the APK, repeating the default where a locale has no translation), sorted
   * @param permissions {@code name} or {@code name@maxSdk}, with {@code sdk23:} before the names of
   *     {@code uses-permission-sdk-23}, in manifest order
   * @param signerSha256 signer certificate digests, in signer order
   * @param classes dotted class names, sorted
   */
  public record Facts(
      String packageName,
      long versionCode,
      String versionName,
      int minSdk,
      int targetSdk,
      Integer maxSdk,
      String label,
      Map<String, String> labels,
      List<String> permissions,
      List<String> signerSha256,
      List<String> classes) {}

  private DebianTools() {}

  /**
   * Runs the three tools on {@code apk}. dexdump opens every {@code classes*.dex} of the APK itself
   * (multidex); a DEX file can also be given directly.
   */
  public static Facts facts(Path apk) throws IOException {
    String badging = run("aapt", "dump", "badging", apk.toString());
    Matcher p = PACKAGE.matcher(badging);
    if (!p.find()) {
      throw new IOException("aapt printed no package line for " + apk + ": " + badging);
    }
    // aapt also lists permissions it implies (READ_ for WRITE_EXTERNAL_STORAGE, ...) as
    // uses-permission lines; only the manifest's own count.
    java.util.Set<String> implied = new java.util.HashSet<>();
    Matcher m = IMPLIED.matcher(badging);
    while (m.find()) {
      implied.add(m.group(1));
    }
    List<String> permissions = new ArrayList<>();
    m = PERMISSION.matcher(badging);
    while (m.find()) {
      if (implied.contains(m.group(2))) {
        continue;
      }
      permissions.add(
          (m.group(1) != null ? "sdk23:" : "")
              + m.group(2)
              + (m.group(3) != null ? "@" + m.group(3) : ""));
    }
    List<String> digests = new ArrayList<>();
    m = DIGEST.matcher(run("apksigner", "verify", "--print-certs", apk.toString()));
    while (m.find()) {
      digests.add(m.group(1));
    }
    TreeSet<String> classes = new TreeSet<>();
    m = CLASS.matcher(run("dexdump", apk.toString()));
    while (m.find()) {
      classes.add(m.group(1).replace('/', '.'));
    }
    int min = first(SDK, badging, 1);
    Map<String, String> labels = new TreeMap<>();
    m = LABEL.matcher(badging);
    while (m.find()) {
      labels.put(m.group(1) == null ? "" : m.group(1), m.group(2));
    }
    String label = labels.remove("");
    labels.values().removeIf(v -> v.equals(label));
    Integer max = MAX_SDK.matcher(badging).find() ? first(MAX_SDK, badging, 0) : null;
    return new Facts(
        p.group(1),
        Long.parseLong(p.group(2)),
        p.group(3),
        min,
        first(TARGET, badging, min),
        max,
        label,
        Map.copyOf(labels),
        permissions,
        digests,
        List.copyOf(classes));
  }

  /** The same facts as the analyser reports them, for comparison. */
  public static Facts fromReport(ApkReport report) {
    ManifestInfo m = report.manifest();
    int min = m.minSdk() == null ? 1 : m.minSdk();
    String label = m.application() == null ? null : m.application().label();
    Map<String, String> labels = new TreeMap<>();
    if (m.application() != null) {
      labels.putAll(m.application().labels());
      labels.values().removeIf(v -> v.equals(label));
    }
    return new Facts(
        m.packageName(),
        m.versionCode() == null ? 0 : m.versionCode(),
        m.versionName(),
        min,
        m.targetSdk() == null ? min : m.targetSdk(),
        m.maxSdk(),
        label,
        Map.copyOf(labels),
        m.usesPermissions().stream()
            .map(
                u ->
                    (u.sdk23() ? "sdk23:" : "")
                        + u.name()
                        + (u.maxSdkVersion() != null ? "@" + u.maxSdkVersion() : ""))
            .toList(),
        report.signing() == null
            ? List.of()
            : report.signing().signers().stream().map(SigningInfo.Certificate::sha256).toList(),
        report.classes());
  }

  private static int first(Pattern pattern, String text, int fallback) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Integer.parseInt(m.group(1)) : fallback;
  }

  /** Runs a command, returning its standard output; fails on a non-zero exit or after 120 s. */
  static String run(String... command) throws IOException {
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      process.getOutputStream().close();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed: exit " + process.exitValue());
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      process.destroy();
    }
  }
}
