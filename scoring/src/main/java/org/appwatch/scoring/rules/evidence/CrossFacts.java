package org.appwatch.scoring.rules.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Contradictions between the APK and the policy, derived by the engine. Absent (null from {@link
 * #derive}) unless the APK was analysed and the policy text was read: a contradiction needs both.
 *
 * @param undisclosedSdks embedded SDKs the policy never names ({@link SdkDisclosure})
 * @param permissionsWithoutPurpose dangerous permissions for none of whose personal-data items the
 *     policy states a purpose ({@link PersonalDataItems}); unmapped permissions are not judged
 * @param contradictions practices the policy denies and the APK shows
 * @param undisclosedApiKinds sensitive APIs called whose personal-data items the policy never
 *     mentions
 */
public record CrossFacts(
    List<ApkFacts.SdkFact> undisclosedSdks,
    List<ApkFacts.PermissionFact> permissionsWithoutPurpose,
    List<Contradiction> contradictions,
    List<ApkFacts.SensitiveApiFact> undisclosedApiKinds) {

  /** The policy feature whose sentences deny collecting location (or other named items). */
  public static final String DENIES_LOCATION = "m3_9.denies-location";

  /** The policy feature whose sentences deny sharing with third parties. */
  public static final String DENIES_SHARING = "m3_9.denies-sharing";

  /**
   * A denial the APK contradicts.
   *
   * @param practice {@code location} or {@code sharing}
   * @param denial the policy sentence
   * @param shown what the APK shows (permissions, SDKs)
   */
  public record Contradiction(String practice, Provenance denial, List<Provenance> shown) {}

  /** Derives the cross facts, or returns null when the APK or the policy text is missing. */
  public static CrossFacts derive(
      AppEvidence e, SdkDisclosure sdkNames, PersonalDataItems dataItems) {
    if (e.apk() == null || !e.policyRead()) {
      return null;
    }
    ApkFacts apk = e.apk();
    PolicyFacts policy = e.policy();
    List<ApkFacts.SdkFact> undisclosed =
        apk.sdks().stream().filter(s -> !sdkNames.named(s, policy.thirdParties())).toList();
    List<ApkFacts.PermissionFact> noPurpose =
        apk.dangerousPermissions().stream()
            .filter(p -> lacksPurpose(p.name(), dataItems.itemsFor(p), policy))
            .toList();
    List<ApkFacts.SensitiveApiFact> apis =
        apk.sensitiveApis().stream()
            .filter(a -> unmentioned(dataItems.itemsForKind(a.kind()), policy))
            .toList();
    return new CrossFacts(undisclosed, noPurpose, contradictions(apk, policy), apis);
  }

  /**
   * Per permission, as the Method judges ("申请打开…权限…时，未同步告知用户其目的"), from the most specific
   * statements the policy makes: entries naming the permission itself decide when there are any (a
   * purpose for precise location states none for approximate location); then entries that speak of
   * the permission of one of its items ("存储权限：用于…", "we may request the storage permission"). A
   * policy that explains permissions but not this one states no purpose for it. Only a policy that
   * speaks of no permission at all is read by its data: a purpose stated for one of the
   * permission's items covers it. A sibling permission's entry never does.
   */
  private static boolean lacksPurpose(String permission, Set<String> items, PolicyFacts policy) {
    if (items.isEmpty()) {
      return false;
    }
    List<PolicyFacts.SensitiveItem> own =
        policy.sensitiveItems().stream().filter(s -> permission.equals(s.permission())).toList();
    if (!own.isEmpty()) {
      return own.stream().noneMatch(PolicyFacts.SensitiveItem::purposeStated);
    }
    List<PolicyFacts.SensitiveItem> byItem =
        policy.sensitiveItems().stream()
            .filter(s -> s.permission() == null && items.contains(s.item()))
            .toList();
    List<PolicyFacts.SensitiveItem> permissionEntries =
        byItem.stream().filter(PolicyFacts.SensitiveItem::permissionStatement).toList();
    if (!permissionEntries.isEmpty()) {
      return permissionEntries.stream().noneMatch(PolicyFacts.SensitiveItem::purposeStated);
    }
    boolean explainsPermissions =
        policy.sensitiveItems().stream().anyMatch(PolicyFacts.SensitiveItem::permissionStatement);
    return explainsPermissions
        || byItem.stream().noneMatch(PolicyFacts.SensitiveItem::purposeStated);
  }

  private static boolean unmentioned(List<String> items, PolicyFacts policy) {
    return !items.isEmpty()
        && policy.sensitiveItems().stream().noneMatch(s -> items.contains(s.item()));
  }

  private static List<Contradiction> contradictions(ApkFacts apk, PolicyFacts policy) {
    List<Contradiction> found = new ArrayList<>();
    List<Provenance> denial = policy.detections(DENIES_LOCATION);
    if (!denial.isEmpty()) {
      List<Provenance> shown = new ArrayList<>();
      apk.permissions().stream()
          .filter(CrossFacts::locates)
          .forEach(p -> shown.add(Provenance.from(p.provenance(), "apk", p.name())));
      apk.sdks().stream()
          .filter(s -> s.categories().contains("location") || s.categories().contains("map"))
          .forEach(s -> shown.add(Provenance.from(s.provenance(), "apk", "SDK " + s.name())));
      if (!shown.isEmpty()) {
        found.add(new Contradiction("location", denial.get(0), shown));
      }
    }
    // Every embedded SDK receives at least device data, so any SDK contradicts "we never share".
    List<Provenance> noSharing = policy.detections(DENIES_SHARING);
    if (!noSharing.isEmpty() && !apk.sdks().isEmpty()) {
      List<Provenance> shown =
          apk.sdks().stream()
              .map(s -> Provenance.from(s.provenance(), "apk", "SDK " + s.name()))
              .toList();
      found.add(new Contradiction("sharing", noSharing.get(0), shown));
    }
    return found;
  }

  private static boolean locates(ApkFacts.PermissionFact p) {
    return p.kinds().stream().anyMatch(k -> k.endsWith("location"))
        || p.name().contains("LOCATION");
  }
}
