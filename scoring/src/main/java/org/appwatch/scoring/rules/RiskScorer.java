package org.appwatch.scoring.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.appwatch.scoring.rules.evidence.AppEvidence;

/**
 * The documented risk score. A finding's points are {@code severity weight × verdict factor ×
 * confidence}; an item's points are those of its heaviest finding (several rules on one item do not
 * add up); the score is {@code Σ item points × reach × change}:
 *
 * <ul>
 *   <li>severity weight: low 1, medium 2, high 3, critical 5
 *   <li>verdict factor: violation 1.0, likely 0.6, unknown 0.3, manual-check 0.1, pass and
 *       not-applicable 0. Unknown weighs more than manual-check: what we could not see is checked
 *       before what we merely cannot decide statically.
 *   <li>reach: {@code 1 + log10(1 + installs) / 10} (10 million installs: 1.7); 1 when unknown
 *   <li>change: {@code 1 + 0.25 × n}, n the change signals since the previous crawl (dangerous
 *       permissions added, SDKs added, policy text changed); 1 without a previous crawl
 * </ul>
 */
public final class RiskScorer {

  private static final Map<Verdict, Double> FACTOR =
      Map.of(
          Verdict.VIOLATION, 1.0,
          Verdict.LIKELY, 0.6,
          Verdict.UNKNOWN, 0.3,
          Verdict.MANUAL_CHECK, 0.1,
          Verdict.PASS, 0.0,
          Verdict.NOT_APPLICABLE, 0.0);

  private RiskScorer() {}

  /** The points of one finding. */
  public static double points(Finding f) {
    return f.severity().weight() * FACTOR.get(f.verdict()) * f.confidence();
  }

  /** The points of one item: its heaviest finding's. */
  public static double points(ItemVerdict item) {
    return item.findings().stream().mapToDouble(RiskScorer::points).max().orElse(0);
  }

  /** Scores one app from its roll-up and evidence. */
  public static RiskScore score(AppEvidence evidence, List<ItemVerdict> items) {
    double points = items.stream().mapToDouble(RiskScorer::points).sum();
    Long installs = evidence.listing() == null ? null : evidence.listing().installs();
    double reach = installs == null ? 1 : 1 + Math.log10(1 + Math.max(0, installs)) / 10;
    int signals = evidence.history() == null ? 0 : evidence.history().changeSignals();
    double change = 1 + 0.25 * signals;
    double score = Math.round(points * reach * change * 100) / 100.0;
    String why =
        String.format(
            Locale.ROOT,
            "risk %.2f = %.2f item points × reach %.2f (%s) × change %.2f (%s)%s",
            score,
            points,
            reach,
            installs == null ? "installs unknown" : installs + " installs",
            change,
            evidence.history() == null
                ? "no previous crawl"
                : signals + " change signal" + (signals == 1 ? "" : "s"),
            heaviest(items));
    return new RiskScore(score, points, reach, change, why);
  }

  private static String heaviest(List<ItemVerdict> items) {
    List<String> parts = new ArrayList<>();
    items.stream()
        .filter(i -> points(i) > 0)
        .sorted(
            Comparator.comparingDouble((ItemVerdict i) -> -points(i))
                .thenComparing(ItemVerdict::item))
        .limit(3)
        .forEach(
            i -> {
              Finding f =
                  i.findings().stream()
                      .max(Comparator.comparingDouble(RiskScorer::points))
                      .orElseThrow();
              parts.add(
                  String.format(
                      Locale.ROOT,
                      "%s %s by %s (%s, %.2f: %.2f pts)",
                      i.item(),
                      f.verdict().id(),
                      f.ruleId(),
                      f.severity().id(),
                      f.confidence(),
                      points(f)));
            });
    return parts.isEmpty() ? "; nothing found" : "; heaviest: " + String.join("; ", parts);
  }
}
