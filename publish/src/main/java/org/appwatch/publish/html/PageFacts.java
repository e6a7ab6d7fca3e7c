package org.appwatch.publish.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.appwatch.publish.data.MethodItem;
import org.appwatch.publish.data.VerdictAccuracy;

/**
 * What every published page states so that a reader can weigh it: the crawls, the rule catalogue
 * version, what static analysis cannot decide, and the measured accuracy per item.
 *
 * @param previousCrawlId null when there is no earlier crawl
 * @param items the Method's items as the catalogue covers them, in the Method's order
 * @param accuracy empty when the accuracy has not been measured
 */
public record PageFacts(
    String crawlId,
    LocalDate crawlDate,
    String previousCrawlId,
    LocalDate previousCrawlDate,
    String catalogueVersion,
    List<MethodItem> items,
    Optional<VerdictAccuracy> accuracy) {

  public PageFacts {
    items = List.copyOf(items);
  }

  /** The items no automated rule decides, in order. */
  public List<MethodItem> undecidable() {
    return items.stream().filter(MethodItem::staticAnalysisCannotDecide).toList();
  }

  /** The item's Chinese and English text, or just its id when the catalogue does not know it. */
  public String describe(String itemId) {
    return items.stream()
        .filter(i -> i.id().equals(itemId))
        .findFirst()
        .map(i -> i.id() + " " + i.zh() + " / " + i.en())
        .orElse(itemId);
  }
}
