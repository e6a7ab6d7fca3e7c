package org.appwatch.scoring.rules.predicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.PolicyFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code policy.feature_found: m3_4.implied-consent} (or a list): a sentence of the policy fired
 * one of the features. Unknown when the policy text was not read.
 */
final class PolicyFeatureFound implements Predicate {

  @Override
  public String name() {
    return "policy.feature_found";
  }

  @Override
  public String description() {
    return "a sentence of the policy fired one of the policy features given (policy analyser ids)";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("policy_sentence");
  }

  @Override
  public Condition bind(Params params) {
    List<String> ids = PolicyFeatures.checked(params);
    return facts -> {
      if (!facts.evidence().policyRead()) {
        return Outcome.unknown("policy text");
      }
      PolicyFacts policy = facts.evidence().policy();
      List<Provenance> found = new ArrayList<>();
      ids.forEach(id -> found.addAll(policy.detections(id)));
      if (found.isEmpty()) {
        List<Provenance> absent =
            ids.stream().map(id -> PolicyFeatures.absence(policy.provenance(), id)).toList();
        return Outcome.fails(absent, Map.of());
      }
      String first = found.get(0).snippet() == null ? "" : found.get(0).snippet();
      return Outcome.holds(found, Map.of("policy_sentence", first));
    };
  }
}
