package org.appwatch.scoring.rules.evidence;

import java.util.List;

/**
 * What the APK shows. Lists are never null.
 *
 * @param targetSdk the manifest's targetSdkVersion, or null when absent or unreadable
 * @param consent signs of a first-run consent dialog, or null when resources were not read
 */
public record ApkFacts(
    Integer targetSdk,
    List<PermissionFact> permissions,
    List<SdkFact> sdks,
    List<SensitiveApiFact> sensitiveApis,
    ConsentFacts consent,
    Provenance provenance) {

  public ApkFacts {
    permissions = permissions == null ? List.of() : List.copyOf(permissions);
    sdks = sdks == null ? List.of() : List.copyOf(sdks);
    sensitiveApis = sensitiveApis == null ? List.of() : List.copyOf(sensitiveApis);
  }

  /** The permissions whose protection level is {@code dangerous} (runtime permissions). */
  public List<PermissionFact> dangerousPermissions() {
    return permissions.stream().filter(PermissionFact::dangerous).toList();
  }

  /**
   * A requested permission.
   *
   * @param kinds kinds of personal information it exposes ({@code precise-location}, {@code sms},
   *     ...; the APK analyser's vocabulary)
   */
  public record PermissionFact(
      String name, boolean dangerous, List<String> kinds, Provenance provenance) {
    public PermissionFact {
      kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** The name without the {@code android.permission.} prefix. */
    public String shortName() {
      return name.startsWith("android.permission.") ? name.substring(19) : name;
    }
  }

  /**
   * An embedded third-party SDK.
   *
   * @param id the SDK catalogue's stable id
   * @param categories {@code ads}, {@code analytics}, {@code push}, {@code location}, {@code
   *     social-login}, {@code payment}, {@code crash}, ...
   * @param aliases other names a policy may use for it (Chinese product names), may be empty
   */
  public record SdkFact(
      String id,
      String name,
      String vendor,
      List<String> categories,
      List<String> aliases,
      Provenance provenance) {
    public SdkFact {
      categories = categories == null ? List.of() : List.copyOf(categories);
      aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
  }

  /**
   * A sensitive platform API referenced in DEX code.
   *
   * @param kind {@code device-identifier}, {@code location}, {@code sms}, ...
   * @param callers dotted names of the calling classes
   */
  public record SensitiveApiFact(
      String id, String kind, List<String> callers, Provenance provenance) {
    public SensitiveApiFact {
      callers = callers == null ? List.of() : List.copyOf(callers);
    }
  }

  /**
   * Signs of a consent dialog and of a policy reachable from inside the app.
   *
   * @param dialogLikely true when resource strings hold both a policy term and an agree/disagree
   *     term
   * @param keywords the consent keywords found
   * @param policyUrls privacy-policy URLs found in resources, or bundled policy assets
   */
  public record ConsentFacts(
      boolean dialogLikely, List<String> keywords, List<String> policyUrls, Provenance provenance) {
    public ConsentFacts {
      keywords = keywords == null ? List.of() : List.copyOf(keywords);
      policyUrls = policyUrls == null ? List.of() : List.copyOf(policyUrls);
    }
  }
}
