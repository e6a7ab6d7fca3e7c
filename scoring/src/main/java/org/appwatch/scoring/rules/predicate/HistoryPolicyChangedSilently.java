package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.HistoryFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code history.policy_changed_silently: true}: the policy text changed since the previous crawl
 * but its effective/updated date did not.
 */
final class HistoryPolicyChangedSilently implements Predicate {

  @Override
  public String name() {
    return "history.policy_changed_silently";
  }

  @Override
  public String description() {
    return "the policy text changed since the previous crawl and its date did not; "
        + "parameter `true`";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("previous_crawl");
  }

  @Override
  public Condition bind(Params params) {
    params.requireTrue();
    return facts -> {
      HistoryFacts h = facts.evidence().history();
      if (h == null) {
        return Outcome.unknown("previous crawl");
      }
      String shown =
          "policy text "
              + (h.policyTextChanged() ? "changed" : "unchanged")
              + ", date "
              + (h.policyDateChanged() ? "changed" : "unchanged");
      String previous = h.previousCrawlId() == null ? "previous crawl" : h.previousCrawlId();
      return Outcome.of(
          h.policyTextChanged() && !h.policyDateChanged(),
          List.of(Provenance.from(h.provenance(), "history", shown)),
          Map.of("previous_crawl", previous));
    };
  }
}
