package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The predicates rule conditions may name, by name. {@link #standard()} holds every predicate of
 * this package; a new predicate is one small class added to its list.
 */
public final class PredicateRegistry {

  private final Map<String, Predicate> byName;

  /**
   * A registry of {@code predicates}.
   *
   * @throws IllegalArgumentException when two share a name
   */
  public PredicateRegistry(List<Predicate> predicates) {
    Map<String, Predicate> m = new TreeMap<>();
    for (Predicate p : predicates) {
      if (m.put(p.name(), p) != null) {
        throw new IllegalArgumentException("duplicate predicate " + p.name());
      }
    }
    this.byName = java.util.Collections.unmodifiableMap(m);
  }

  /** Every predicate of appwatch. */
  public static PredicateRegistry standard() {
    return new PredicateRegistry(
        List.of(
            new ListingPolicyLink(),
            new ApkTargetSdkBelow(),
            new ApkDangerousPermissions(),
            new ApkHasSdkCategory(),
            new ApkSdkCount(),
            new ApkSensitiveApi(),
            new ApkConsentDialogMissing(),
            new ApkNoPolicyReference(),
            new PolicyStatusIn(),
            new PolicyFeatureFound(),
            new PolicyFeatureMissing(),
            new PolicyNotSimplifiedChinese(),
            new PolicyReadability(),
            new PolicyResponseDaysAbove(),
            new CrossUndisclosedSdks(),
            new CrossPermissionsWithoutPurpose(),
            new CrossDenialContradicted(),
            new CrossUndisclosedApis(),
            new HistoryPermissionsAdded(),
            new HistorySdksAdded(),
            new HistoryPolicyChangedSilently(),
            new HistoryPolicyUnchanged(),
            new PeersPermissionRateBelow()));
  }

  /** The predicate named {@code name}, if registered. */
  public Optional<Predicate> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The registered names, sorted. */
  public Set<String> names() {
    return byName.keySet();
  }

  /** The registered predicates, sorted by name. */
  public java.util.Collection<Predicate> all() {
    return byName.values();
  }
}
