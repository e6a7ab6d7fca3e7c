package org.appwatch.scoring.rules;

import java.util.List;

/**
 * Everything the engine concluded for one app: every rule's finding, the roll-up per Method item
 * (all 31, in the Method's order) and the risk score.
 */
public record AppAssessment(
    String store,
    String packageName,
    String crawlId,
    List<Finding> findings,
    List<ItemVerdict> items,
    RiskScore score) {

  public AppAssessment {
    findings = List.copyOf(findings);
    items = List.copyOf(items);
  }

  /** The roll-up of {@code item}. */
  public ItemVerdict item(String item) {
    return items.stream()
        .filter(i -> i.item().equals(item))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no item " + item));
  }

  /** The manual spot-check list: items needing an inspector, highest points first. */
  public List<ItemVerdict> spotChecks() {
    return items.stream()
        .filter(ItemVerdict::needsInspector)
        .sorted(
            java.util.Comparator.comparingDouble((ItemVerdict i) -> -RiskScorer.points(i))
                .thenComparing(ItemVerdict::item))
        .toList();
  }

  /** How many items have {@code verdict}. */
  public long count(Verdict verdict) {
    return items.stream().filter(i -> i.verdict() == verdict).count();
  }
}
