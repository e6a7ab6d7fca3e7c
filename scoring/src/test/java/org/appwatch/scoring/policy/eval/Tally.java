package org.appwatch.scoring.policy.eval;

/** Counts for one (question, language) cell: confusion counts, or right/total for values. */
final class Tally {

  int tp;
  int fp;
  int fn;
  int tn;

  void add(boolean truth, boolean found) {
    if (truth && found) {
      tp++;
    } else if (found) {
      fp++;
    } else if (truth) {
      fn++;
    } else {
      tn++;
    }
  }

  /** Precision; 1 when nothing was found (no false claim was made). */
  double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  /** Recall; 1 when nothing was to be found. */
  double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  int positives() {
    return tp + fn;
  }

  int total() {
    return tp + fp + fn + tn;
  }

  /** For value checks, where {@code add(true, right)} records one value: share right. */
  double accuracy() {
    return positives() == 0 ? 1.0 : (double) tp / positives();
  }
}
