package org.appwatch.scoring.assess.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts for one item: true and false positives, false negatives, true negatives, and the first few
 * mismatches with their reason. Not thread-safe; one tally per item, filled in one thread.
 */
final class ItemTally {

  private final String item;
  private final int keep;
  private final List<String> mismatches = new ArrayList<>();
  private int tp;
  private int fp;
  private int fn;
  private int tn;

  ItemTally(String item, int keep) {
    this.item = item;
    this.keep = keep;
  }

  void count(boolean expected, boolean flagged, String reason) {
    if (expected && flagged) {
      tp++;
    } else if (flagged) {
      fp++;
      note("FP " + reason);
    } else if (expected) {
      fn++;
      note("FN " + reason);
    } else {
      tn++;
    }
  }

  private void note(String line) {
    if (mismatches.size() < keep) {
      mismatches.add(line);
    }
  }

  String item() {
    return item;
  }

  int tp() {
    return tp;
  }

  int fp() {
    return fp;
  }

  int fn() {
    return fn;
  }

  int tn() {
    return tn;
  }

  /** 1 when nothing was flagged (no false positive possible). */
  double precision() {
    return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
  }

  /** 1 when the key flags nothing (nothing to miss). */
  double recall() {
    return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
  }

  List<String> mismatches() {
    return List.copyOf(mismatches);
  }
}
