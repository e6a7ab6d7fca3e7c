package org.appwatch.scoring.policy.eval;

import java.util.List;
import java.util.stream.Collectors;
import org.appwatch.localstore.policy.Clause;
import org.appwatch.scoring.policy.Detection;
import org.appwatch.scoring.policy.PolicyAnalysis;

/** One line per misclassified clause, naming the sentences that fired for a false positive. */
final class Misses {

  private Misses() {}

  static String describe(Clause c, boolean truth, String lang, PolicyAnalysis a, int app) {
    if (!truth) {
      List<String> fired = ClauseCheck.FEATURES.get(c);
      String evidence =
          a.items().values().stream()
              .flatMap(List::stream)
              .filter(d -> fired.contains(d.featureId()))
              .map(Misses::brief)
              .distinct()
              .collect(Collectors.joining(" || "));
      return "FP " + c + " " + lang + " app " + app + ": " + evidence;
    }
    return "FN " + c + " " + lang + " app " + app;
  }

  private static String brief(Detection d) {
    return "[" + d.patternId() + "] " + d.text();
  }
}
