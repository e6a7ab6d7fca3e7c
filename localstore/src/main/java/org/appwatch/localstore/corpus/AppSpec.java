package org.appwatch.localstore.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.appwatch.localstore.apk.ApkSpec;
import org.appwatch.localstore.policy.PolicySpec;

/**
 * One generated app as the stores show it in one epoch. Computed on request by {@link Corpus#app};
 * never stored by the corpus.
 *
 * @param index the app's index in the corpus (stable across epochs)
 * @param bornEpoch the epoch in which the app first appears
 * @param permissions manifest permission names, in manifest order
 * @param sdks embedded third-party SDKs
 * @param stores the stores that list the app
 * @param disclosedSdks ids of the SDKs the policy names
 * @param policyLink whether the listings link to the policy and what the link answers
 * @param cnEncoding how the CN API's detail response for this app is encoded and labelled
 * @param policyEncoding how the policy page is encoded and labelled
 * @param apk what goes into the APK
 * @param policy what the policy says
 * @param history which epochs changed the app
 */
public record AppSpec(
    int index,
    int bornEpoch,
    String packageName,
    String title,
    String summary,
    Developer developer,
    Category category,
    long installs,
    double rating,
    int ratingCount,
    int versionCode,
    String versionName,
    int minSdk,
    int targetSdk,
    List<String> permissions,
    List<Sdk> sdks,
    Set<StoreId> stores,
    LocalDate added,
    LocalDate lastUpdated,
    String license,
    List<String> disclosedSdks,
    PolicyLink policyLink,
    PageEncoding cnEncoding,
    PageEncoding policyEncoding,
    ApkSpec apk,
    PolicySpec policy,
    History history) {

  /**
   * Epochs of the app's last changes.
   *
   * @param lastSilentPolicyChange the last epoch whose policy change kept the old date, or -1
   * @param permissionsAdded permissions added in the current epoch
   */
  public record History(
      int lastAppChange,
      int lastPolicyUpdate,
      int lastSilentPolicyChange,
      List<String> permissionsAdded) {}

  /** The APK's file name, {@code <pkg>_<versionCode>.apk}, as F-Droid names files. */
  public String apkFileName() {
    return packageName + "_" + versionCode + ".apk";
  }

  /** The policy's path on the sites host. */
  public String policyPath() {
    return "/" + developer.slug() + "/privacy/" + packageName + ".html";
  }

  /** The dangerous permissions among {@link #permissions}. */
  public List<String> dangerousPermissions() {
    return permissions.stream().filter(Permission::isDangerous).toList();
  }

  public boolean listedIn(StoreId store) {
    return stores.contains(store);
  }
}
