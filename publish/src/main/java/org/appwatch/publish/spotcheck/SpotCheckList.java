package org.appwatch.publish.spotcheck;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.appwatch.publish.data.AppScore;
import org.appwatch.publish.data.CrawlSnapshot;
import org.appwatch.publish.data.Finding;

/**
 * Builds the spot-check list: apps in the crawl's priority order (docs/rules.md, "Risk score and
 * spot-check priority"), filtered, the first N, each with its findings and tasks.
 */
public final class SpotCheckList {

  private static final Map<String, Integer> SEVERITY =
      Map.of("low", 1, "medium", 2, "high", 3, "critical", 5);
  private static final Map<String, Double> VERDICT =
      Map.of("violation", 1.0, "likely", 0.6, "unknown", 0.3, "manual-check", 0.1);

  private SpotCheckList() {}

  /**
   * The apps on the list, in priority order: the first {@code top} of the store and category.
   *
   * @throws IllegalArgumentException for a store or category the crawl does not have
   */
  public static List<AppScore> apps(CrawlSnapshot crawl, SpotCheckQuery query) {
    query.validate(crawl);
    return crawl.scores().stream()
        .filter(s -> query.store() == null || query.store().equals(s.store()))
        .filter(s -> query.category() == null || query.category().equals(s.categoryOrNone()))
        .limit(query.top())
        .toList();
  }

  /**
   * The list, with the findings {@code crawl} holds for its apps; may be shorter than {@code
   * query.top()}, and empty for an empty store.
   */
  public static List<SpotCheck> build(CrawlSnapshot crawl, SpotCheckQuery query) {
    List<AppScore> apps = apps(crawl, query);
    Map<org.appwatch.model.AppKey, List<Finding>> byApp = crawl.findingsByApp();
    java.util.ArrayList<SpotCheck> list = new java.util.ArrayList<>();
    for (AppScore app : apps) {
      List<Finding> all = byApp.getOrDefault(app.key(), List.of());
      List<Finding> findings =
          all.stream()
              .filter(f -> f.needsAttention() && !f.isTask())
              .sorted(Comparator.comparingDouble(SpotCheckList::points).reversed())
              .toList();
      List<Finding> tasks =
          all.stream()
              .filter(Finding::isTask)
              .sorted(Comparator.comparingDouble(SpotCheckList::points).reversed())
              .toList();
      list.add(new SpotCheck(list.size() + 1, app, findings, tasks));
    }
    return List.copyOf(list);
  }

  /** A finding's points as the risk score counts them: severity × verdict × confidence. */
  static double points(Finding f) {
    return SEVERITY.getOrDefault(f.severity(), 1)
        * VERDICT.getOrDefault(f.verdict(), 0.0)
        * f.confidence();
  }
}
