package org.appwatch.scoring.rules;

import java.util.List;

/**
 * The roll-up of one Method item for one app: the worst verdict of the rules citing it, with all
 * their findings, worst first.
 */
public record ItemVerdict(String item, Verdict verdict, List<Finding> findings) {

  public ItemVerdict {
    findings = List.copyOf(findings);
  }

  /** Rolls up {@code findings} (each citing {@code item}); no finding at all is {@code unknown}. */
  static ItemVerdict of(String item, List<Finding> findings) {
    List<Finding> sorted =
        findings.stream()
            .sorted(java.util.Comparator.comparingInt((Finding f) -> -f.verdict().rank()))
            .toList();
    Verdict worst = sorted.isEmpty() ? Verdict.UNKNOWN : sorted.get(0).verdict();
    return new ItemVerdict(item, worst, sorted);
  }

  /** True when an inspector has something to look at: anything but pass and not-applicable. */
  public boolean needsInspector() {
    return verdict != Verdict.PASS && verdict != Verdict.NOT_APPLICABLE;
  }
}
