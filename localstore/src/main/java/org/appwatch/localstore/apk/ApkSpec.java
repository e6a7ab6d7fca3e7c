package org.appwatch.localstore.apk;

import java.util.List;
import java.util.Map;

/**
 * Everything the generator puts into one APK. The same spec always yields the same bytes.
 *
 * @param packageName manifest {@code package}
 * @param versionCode manifest {@code android:versionCode}
 * @param versionName manifest {@code android:versionName}
 * @param minSdk {@code uses-sdk android:minSdkVersion}
 * @param targetSdk {@code uses-sdk android:targetSdkVersion}
 * @param appLabel application label, stored as the string resource {@code app_name}
 * @param permissions {@code uses-permission} elements, in order
 * @param components activities, services, receivers and providers, in order
 * @param metaData application {@code meta-data} name to value, in iteration order
 * @param classNames fully qualified (dotted) names of the classes written to {@code classes.dex}
 * @param strings extra string resources (name to value), such as consent-dialog texts
 * @param signer which deterministic signing identity signs the APK
 */
public record ApkSpec(
    String packageName,
    int versionCode,
    String versionName,
    int minSdk,
    int targetSdk,
    String appLabel,
    List<UsesPermission> permissions,
    List<Component> components,
    Map<String, String> metaData,
    List<String> classNames,
    Map<String, String> strings,
    SignerIdentity signer) {

  /** A {@code uses-permission} element; {@code maxSdkVersion} is null when absent. */
  public record UsesPermission(String name, Integer maxSdkVersion) {}

  /** A manifest component with its intent-filter actions (empty when it has no filter). */
  public record Component(Kind kind, String name, boolean exported, List<String> actions) {
    /** The manifest element a component is written as. */
    public enum Kind {
      ACTIVITY,
      SERVICE,
      RECEIVER,
      PROVIDER
    }
  }

  /**
   * A signing identity derived deterministically from a corpus seed and a developer number, so that
   * every app of one developer carries the same certificate.
   */
  public record SignerIdentity(long seed, int developer, String commonName) {}
}
