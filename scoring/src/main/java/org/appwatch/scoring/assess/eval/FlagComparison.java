package org.appwatch.scoring.assess.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.RuleCatalogue;

/**
 * Compares the items a pipeline flagged per app with an answer key, counted as {@code
 * docs/accuracy.md} says: per item that an automated rule cites; an app counts as flagged when an
 * automated rule concluded violation or likely (the caller reads that from the findings).
 */
public final class FlagComparison {

  private FlagComparison() {}

  /**
   * @param expected the key: per app, the flagged item ids; every app compared must be a key
   * @param flagged per app, the items an automated rule flagged; an absent app flagged nothing
   * @return one entry per measured item, in the Method's order
   */
  public static List<AccuracyFile.ItemFigures> compare(
      RuleCatalogue catalogue,
      Map<String, Set<String>> expected,
      Map<String, Set<String>> flagged) {
    Counting counting = new Counting(catalogue);
    return counting.measured(catalogue).stream()
        .map(
            item -> {
              ItemTally t = new ItemTally(item, 0);
              expected.forEach(
                  (app, key) ->
                      t.count(
                          key.contains(item),
                          flagged.getOrDefault(app, Set.of()).contains(item),
                          app));
              return AccuracyFile.ItemFigures.of(item, t.tp(), t.fp(), t.fn());
            })
        .toList();
  }
}
