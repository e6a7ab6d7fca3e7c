package org.appwatch.publish.data;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.appwatch.model.AppKey;

/**
 * One crawl's scores and (some of) its findings, held in memory. Scores are one row per app;
 * findings one row per app and rule (42 × apps), so callers load only those they need. Scores are
 * kept in priority order.
 *
 * @param stores every store partition of the crawl, including stores with no app
 * @param findings the findings loaded: all of the crawl's, or those of the apps asked for
 */
public record CrawlSnapshot(
    String crawlId, List<String> stores, List<AppScore> scores, List<Finding> findings) {

  public CrawlSnapshot {
    stores = List.copyOf(stores);
    scores =
        scores.stream()
            .sorted(
                Comparator.comparingInt(AppScore::priority)
                    .thenComparing(AppScore::riskScore, Comparator.reverseOrder())
                    .thenComparing(AppScore::store)
                    .thenComparing(AppScore::packageName))
            .toList();
    findings = List.copyOf(findings);
  }

  /** The categories apps of this crawl are listed in, sorted. */
  public List<String> categories() {
    return scores.stream()
        .map(AppScore::categoryOrNone)
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .toList();
  }

  /** The findings of each app, in rule order. */
  public Map<AppKey, List<Finding>> findingsByApp() {
    return findings.stream()
        .sorted(Comparator.comparing(Finding::ruleId))
        .collect(Collectors.groupingBy(Finding::key, LinkedHashMap::new, Collectors.toList()));
  }

  /** The day the crawl started, from the scores, or null when the crawl scored no app. */
  public LocalDate crawlDate() {
    return scores.stream()
        .map(AppScore::crawlDate)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** The rule catalogue version(s) the crawl was scored with, joined with ", " ("" when none). */
  public String catalogueVersion() {
    return scores.stream()
        .map(AppScore::catalogueVersion)
        .filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .collect(Collectors.joining(", "));
  }
}
