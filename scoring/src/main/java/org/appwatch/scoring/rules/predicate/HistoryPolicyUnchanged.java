package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.HistoryFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/** {@code history.policy_unchanged: true}: the policy text is the same as at the previous crawl. */
final class HistoryPolicyUnchanged implements Predicate {

  @Override
  public String name() {
    return "history.policy_unchanged";
  }

  @Override
  public String description() {
    return "the policy text did not change since the previous crawl; parameter `true`";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of();
  }

  @Override
  public Condition bind(Params params) {
    params.requireTrue();
    return facts -> {
      HistoryFacts h = facts.evidence().history();
      if (h == null) {
        return Outcome.unknown("previous crawl");
      }
      String shown = "policy text " + (h.policyTextChanged() ? "changed" : "unchanged");
      return Outcome.of(
          !h.policyTextChanged(),
          List.of(Provenance.from(h.provenance(), "history", shown)),
          Map.of());
    };
  }
}
