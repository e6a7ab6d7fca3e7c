package org.appwatch.scoring.apk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import net.dongliu.apk.parser.ApkFile;
import net.dongliu.apk.parser.bean.ApkMeta;

/** Reads the manifest facts of an APK file. Stateless and thread-safe. */
public final class ManifestReader {

  /**
   * @throws ApkFormatException when the file is not a readable APK; the message says why
   */
  public ManifestFacts read(Path apk) throws ApkFormatException {
    try (ApkFile file = new ApkFile(apk.toFile())) {
      ApkMeta meta = file.getApkMeta();
      int minSdk = sdk(meta.getMinSdkVersion(), 1);
      return new ManifestFacts(
          meta.getPackageName(),
          meta.getVersionCode() == null ? 0 : meta.getVersionCode(),
          meta.getVersionName(),
          minSdk,
          sdk(meta.getTargetSdkVersion(), minSdk),
          List.copyOf(meta.getUsesPermissions()));
    } catch (IOException | RuntimeException e) {
      throw new ApkFormatException(apk + ": not a readable APK: " + e.getMessage(), e);
    }
  }

  private static int sdk(String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      // A codename such as "UpsideDownCake" marks a preview SDK; treat it as unknown.
      return fallback;
    }
  }
}
