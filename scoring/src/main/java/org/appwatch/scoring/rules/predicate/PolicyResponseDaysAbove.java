package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.PolicyFacts;
import org.appwatch.scoring.rules.evidence.PolicyFacts.ResponseTime;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code policy.response_days_above: 15}: the policy promises a response time above the limit in
 * working days; calendar days count against {@code ceil(limit * 7 / 5)} (15 working days span three
 * weeks).
 */
final class PolicyResponseDaysAbove implements Predicate {

  @Override
  public String name() {
    return "policy.response_days_above";
  }

  @Override
  public String description() {
    return "a promised response time exceeds the working days given (calendar days: "
        + "`ceil(n * 7 / 5)`)";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("response_days");
  }

  @Override
  public Condition bind(Params params) {
    int limit = params.integer();
    int calendar = (limit * 7 + 4) / 5;
    return facts -> {
      if (!facts.evidence().policyRead()) {
        return Outcome.unknown("policy text");
      }
      PolicyFacts policy = facts.evidence().policy();
      List<ResponseTime> over =
          policy.responseTimes().stream()
              .filter(t -> t.days() > ("days".equals(t.unit()) ? calendar : limit))
              .toList();
      List<Provenance> evidence =
          (over.isEmpty() ? policy.responseTimes() : over)
              .stream()
                  .map(t -> Provenance.from(t.provenance(), "policy", t.days() + " " + t.unit()))
                  .toList();
      String shown = String.join(", ", over.stream().map(t -> t.days() + " " + t.unit()).toList());
      return Outcome.of(!over.isEmpty(), evidence, Map.of("response_days", shown));
    };
  }
}
