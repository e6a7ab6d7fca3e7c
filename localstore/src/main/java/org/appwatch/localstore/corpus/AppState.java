package org.appwatch.localstore.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.localstore.policy.Clause;
import org.appwatch.localstore.policy.PolicyForm;
import org.appwatch.localstore.policy.PolicyLanguage;

/**
 * One app while it is being generated and evolved through epochs; frozen into an {@link AppSpec}.
 * Mutable and confined to the thread computing one app.
 */
final class AppState {
  int index;
  int bornEpoch;
  String packageName;
  String title;
  String summary;
  Developer developer;
  Category category;
  long installs;
  double rating;
  int ratingCount;
  int versionCode;
  int major;
  int minor;
  int patch;
  int minSdk;
  int targetSdk;
  boolean writeStorageMax28;
  final LinkedHashSet<String> permissions = new LinkedHashSet<>();
  final List<Sdk> sdks = new ArrayList<>();
  final List<String> ownClasses = new ArrayList<>();
  Set<StoreId> stores = EnumSet.noneOf(StoreId.class);
  LocalDate added;
  LocalDate lastUpdated;
  boolean consentDialog;
  String license;

  PolicyLink policyLink;
  PageEncoding cnEncoding;
  PageEncoding policyEncoding;
  PolicyLanguage language;
  PolicyForm form;
  final EnumSet<Clause> clauses = EnumSet.noneOf(Clause.class);

  /** SDK ids the policy names; SDKs added later stay undisclosed until a dated policy update. */
  final LinkedHashSet<String> disclosedSdks = new LinkedHashSet<>();

  /** Dangerous permission to whether the policy states a purpose; absent = not mentioned. */
  final Map<String, Boolean> permissionPurposes = new LinkedHashMap<>();

  LocalDate effectiveDate;
  LocalDate updatedDate;
  int responseWorkingDays;
  long phrasing;

  int lastAppChangeEpoch;
  int lastPolicyUpdateEpoch;
  int lastSilentPolicyChangeEpoch = -1;
  final List<String> permissionsAddedInEpoch = new ArrayList<>();

  String versionName() {
    return major + "." + minor + "." + patch;
  }
}
