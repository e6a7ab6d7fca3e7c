package org.appwatch.scoring.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders assessed apps for spot checks: risk score descending, then items in violation descending,
 * then store and package, so that equal inputs always give the same order.
 */
public final class SpotCheckRanking {

  private SpotCheckRanking() {}

  /** An app with its priority: 1 is checked first. */
  public record Ranked(int priority, AppAssessment app) {}

  private static final Comparator<AppAssessment> ORDER =
      Comparator.comparingDouble((AppAssessment a) -> -a.score().score())
          .thenComparingLong(a -> -a.count(Verdict.VIOLATION))
          .thenComparing(a -> String.valueOf(a.store()))
          .thenComparing(AppAssessment::packageName);

  /** Ranks {@code apps} (held in memory: a per-crawl job ranks with a sort instead). */
  public static List<Ranked> rank(List<AppAssessment> apps) {
    List<AppAssessment> sorted = new ArrayList<>(apps);
    sorted.sort(ORDER);
    List<Ranked> out = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      out.add(new Ranked(i + 1, sorted.get(i)));
    }
    return out;
  }
}
