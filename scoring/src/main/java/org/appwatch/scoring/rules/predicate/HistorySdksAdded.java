package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.HistoryFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/** {@code history.sdks_added: {min: 1}}: since the previous crawl at least min SDKs were added. */
final class HistorySdksAdded implements Predicate {

  @Override
  public String name() {
    return "history.sdks_added";
  }

  @Override
  public String description() {
    return "since the previous crawl at least `min` SDKs were added";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("sdks_added");
  }

  @Override
  public Condition bind(Params params) {
    int min = params.object(Set.of("min")).integer("min", 1);
    return facts -> {
      HistoryFacts h = facts.evidence().history();
      if (h == null) {
        return Outcome.unknown("previous crawl");
      }
      List<Provenance> evidence =
          h.sdksAdded().stream()
              .map(s -> Provenance.from(h.provenance(), "history", "added SDK " + s))
              .toList();
      return Outcome.of(
          h.sdksAdded().size() >= min,
          evidence,
          Map.of("sdks_added", Snippets.join(h.sdksAdded())));
    };
  }
}
