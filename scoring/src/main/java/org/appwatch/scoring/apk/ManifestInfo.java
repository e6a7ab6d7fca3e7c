package org.appwatch.scoring.apk;

import java.util.List;
import java.util.Map;

/**
 * What an APK's {@code AndroidManifest.xml} declares. Values absent from the manifest are null (not
 * Android's defaults), so that a reader can tell "absent" from "declared".
 *
 * @param usesPermissions {@code uses-permission} and {@code uses-permission-sdk-23}, in manifest
 *     order
 * @param declaredPermissions {@code permission} elements the app defines
 * @param components activities (and aliases), services, receivers and providers, in order
 * @param metaData application-level {@code meta-data} name to value (a resource reference is
 *     resolved to its default value; one that does not resolve is shown as {@code @0x7f...}), in
 *     order
 */
public record ManifestInfo(
    String packageName,
    Long versionCode,
    String versionName,
    Integer minSdk,
    Integer targetSdk,
    Integer maxSdk,
    List<UsesPermission> usesPermissions,
    List<DeclaredPermission> declaredPermissions,
    List<Component> components,
    Application application,
    Map<String, String> metaData) {

  /**
   * A requested permission.
   *
   * @param maxSdkVersion the last API level it is requested on, or null
   * @param sdk23 true for {@code uses-permission-sdk-23} (requested on API 23+ only)
   */
  public record UsesPermission(String name, Integer maxSdkVersion, boolean sdk23) {}

  /** A permission the app defines, with its {@code protectionLevel} as declared (may be null). */
  public record DeclaredPermission(String name, String protectionLevel) {}

  /**
   * A component.
   *
   * @param kind {@code activity}, {@code activity-alias}, {@code service}, {@code receiver} or
   *     {@code provider}
   * @param name fully qualified class name (a leading dot is resolved against the package)
   * @param exported {@code android:exported} as declared, or null
   * @param effectivelyExported what Android assumes: the declared value, else true when the
   *     component has an intent filter (providers: when targetSdk &lt; 17)
   * @param actions intent-filter actions over all its filters, in order
   */
  public record Component(
      String kind,
      String name,
      Boolean exported,
      boolean effectivelyExported,
      List<String> actions) {}

  /**
   * {@code application} attributes that matter to an audit; null when not declared.
   *
   * @param label {@code android:label}, a {@code @string} reference resolved to the default
   *     configuration's value (as {@code aapt dump badging}'s {@code application-label})
   * @param labels the label in each locale-only configuration of {@code resources.arsc} ({@code
   *     zh}, {@code zh-TW}, ...), as aapt's {@code application-label-<locale>}; empty when the
   *     label is no reference
   */
  public record Application(
      String name,
      String label,
      Map<String, String> labels,
      Boolean debuggable,
      Boolean allowBackup,
      Boolean usesCleartextTraffic) {}
}
