package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ApkFacts.PermissionFact;
import org.appwatch.scoring.rules.evidence.HistoryFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code history.permissions_added: {min: 1, dangerous: true}}: since the previous crawl the app
 * added at least min permissions (dangerous ones only, by default).
 */
final class HistoryPermissionsAdded implements Predicate {

  @Override
  public String name() {
    return "history.permissions_added";
  }

  @Override
  public String description() {
    return "since the previous crawl at least `min` permissions were added "
        + "(only dangerous ones unless `dangerous: false`)";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("permissions_added", "previous_crawl");
  }

  @Override
  public Condition bind(Params params) {
    params.object(Set.of("min", "dangerous"));
    int min = params.integer("min", 1);
    boolean dangerousOnly = params.bool("dangerous", true);
    return facts -> {
      HistoryFacts h = facts.evidence().history();
      if (h == null) {
        return Outcome.unknown("previous crawl");
      }
      List<PermissionFact> added =
          h.permissionsAdded().stream().filter(p -> !dangerousOnly || p.dangerous()).toList();
      List<Provenance> evidence =
          added.stream()
              .map(p -> Provenance.from(p.provenance(), "history", "added " + p.name()))
              .toList();
      String names = Snippets.join(added.stream().map(PermissionFact::shortName).toList());
      String previous = h.previousCrawlId() == null ? "previous crawl" : h.previousCrawlId();
      return Outcome.of(
          added.size() >= min,
          evidence,
          Map.of("permissions_added", names, "previous_crawl", previous));
    };
  }
}
