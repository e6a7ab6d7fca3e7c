package org.appwatch.scoring.apk;

import java.nio.file.Path;

/** Reads the manifest facts of an APK file with {@link ApkAnalyzer}. Stateless and thread-safe. */
public final class ManifestReader {

  /**
   * @throws ApkFormatException when the file is not a readable APK; the message gives the error
   *     code and why
   */
  public ManifestFacts read(Path apk) throws ApkFormatException {
    ApkReport report = ApkAnalyzer.analyze(apk);
    ManifestInfo m = report.manifest();
    if (m == null) {
      ApkError first = report.errors().isEmpty() ? null : report.errors().get(0);
      throw new ApkFormatException(
          apk
              + ": not a readable APK: "
              + (first == null ? "?" : first.code() + " " + first.message()),
          null);
    }
    int minSdk = m.minSdk() == null ? 1 : m.minSdk();
    return new ManifestFacts(
        m.packageName(),
        m.versionCode() == null ? 0 : m.versionCode(),
        m.versionName(),
        minSdk,
        m.targetSdk() == null ? minSdk : m.targetSdk(),
        m.usesPermissions().stream()
            .filter(p -> !p.sdk23())
            .map(ManifestInfo.UsesPermission::name)
            .toList());
  }
}
