package org.appwatch.scoring.assess.eval;

import java.util.List;

/**
 * The outcome of one measurement: per measured item the counts against the answer key, the same for
 * static hints, and the time spent.
 *
 * @param appsAssessed apps alive in the epoch, all assessed
 * @param analysisMillis wall time of generating and analysing every APK and policy
 * @param assessMillis wall time of peers, rules and counting
 */
record AccuracyResult(
    Options options,
    int appsAssessed,
    String catalogueVersion,
    List<ItemTally> automated,
    List<ItemTally> hints,
    long analysisMillis,
    long assessMillis) {

  /** Precision an automated item must reach (issue 7). */
  static final double MIN_PRECISION = 0.98;

  /** Recall an automated item must reach (issue 7). */
  static final double MIN_RECALL = 0.95;

  /**
   * What to measure.
   *
   * @param apps the corpus's base size
   * @param epoch 0 for a first crawl; above 0 history is compared with the previous epoch
   * @param threads analysis threads
   * @param mismatches how many mismatches to keep per item
   */
  record Options(int apps, long seed, int epoch, int threads, int mismatches) {
    Options {
      if (apps < 1 || epoch < 0 || threads < 1 || mismatches < 0) {
        throw new IllegalArgumentException(
            "apps and threads must be >= 1, epoch and mismatches >= 0");
      }
    }
  }

  /** The automated tally of {@code item}. */
  ItemTally item(String item) {
    return automated.stream()
        .filter(t -> t.item().equals(item))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not measured: " + item));
  }

  static boolean meetsTarget(ItemTally t) {
    return t.precision() >= MIN_PRECISION && t.recall() >= MIN_RECALL;
  }
}
