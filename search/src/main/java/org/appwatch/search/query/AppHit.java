package org.appwatch.search.query;

import java.util.List;
import java.util.Map;

/**
 * One app found.
 *
 * @param highlights per text field ({@code description}, {@code policy_text}), the sentences that
 *     matched, matched words wrapped in {@code <em>}; empty without query text
 */
public record AppHit(
    String store,
    String packageName,
    String title,
    String developer,
    String category,
    Long installsMin,
    double riskScore,
    List<String> items,
    List<String> verdicts,
    Map<String, List<String>> highlights) {

  public AppHit {
    items = List.copyOf(items);
    verdicts = List.copyOf(verdicts);
    highlights = Map.copyOf(highlights);
  }
}
