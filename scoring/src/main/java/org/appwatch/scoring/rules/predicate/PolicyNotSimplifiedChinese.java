package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.PolicyFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code policy.not_simplified_chinese: true}: the policy text is not Chinese in Simplified script
 * (script other than {@code Hans}; {@code Hani}, Han without distinguishing characters, counts as
 * Simplified).
 */
final class PolicyNotSimplifiedChinese implements Predicate {

  @Override
  public String name() {
    return "policy.not_simplified_chinese";
  }

  @Override
  public String description() {
    return "the policy text is not in Simplified Chinese (script neither `Hans` nor `Hani`); "
        + "parameter `true`";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("policy_language");
  }

  @Override
  public Condition bind(Params params) {
    params.requireTrue();
    return facts -> {
      if (!facts.evidence().policyRead()) {
        return Outcome.unknown("policy text");
      }
      PolicyFacts policy = facts.evidence().policy();
      String shown = policy.language() + "-" + policy.script();
      boolean simplified = "Hans".equals(policy.script()) || "Hani".equals(policy.script());
      Provenance p = Provenance.from(policy.provenance(), "policy", "language " + shown);
      return Outcome.of(!simplified, List.of(p), Map.of("policy_language", shown));
    };
  }
}
