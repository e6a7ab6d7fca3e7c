package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.PolicyFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code policy.feature_missing: [m6_1.correction, m6_1.deletion]}: at least one of the features
 * fired on no sentence of the policy. Unknown when the policy text was not read: an unread policy
 * is not a policy without the feature.
 */
final class PolicyFeatureMissing implements Predicate {

  @Override
  public String name() {
    return "policy.feature_missing";
  }

  @Override
  public String description() {
    return "at least one of the policy features given fired on no sentence of the policy";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("missing_features");
  }

  @Override
  public Condition bind(Params params) {
    List<String> ids = PolicyFeatures.checked(params);
    return facts -> {
      if (!facts.evidence().policyRead()) {
        return Outcome.unknown("policy text");
      }
      PolicyFacts policy = facts.evidence().policy();
      List<String> missing = ids.stream().filter(id -> policy.detections(id).isEmpty()).toList();
      if (missing.isEmpty()) {
        List<Provenance> present = ids.stream().map(id -> policy.detections(id).get(0)).toList();
        return Outcome.fails(present, Map.of());
      }
      List<Provenance> absent =
          missing.stream().map(id -> PolicyFeatures.absence(policy.provenance(), id)).toList();
      return Outcome.holds(absent, Map.of("missing_features", String.join(", ", missing)));
    };
  }
}
