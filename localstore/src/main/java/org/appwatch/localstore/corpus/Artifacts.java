package org.appwatch.localstore.corpus;

/** What the server makes of an app: its APK file and its policy URL, as ground truth records. */
public interface Artifacts {

  /**
   * The APK the stores link to.
   *
   * @param path the file's path on the F-Droid host, e.g. {@code /repo/<pkg>_<vc>.apk}
   * @param sha256 lower-case hex SHA-256 of the bytes served
   * @param size length in bytes
   * @param served false when the link answers 404 (a broken APK link)
   */
  record ApkFile(String path, String sha256, long size, boolean served) {}

  /** Builds (or looks up) the app's APK facts; may generate the APK. */
  ApkFile apk(AppSpec app);

  /** The absolute URL of the app's policy page on the sites host. */
  String policyUrl(AppSpec app);
}
