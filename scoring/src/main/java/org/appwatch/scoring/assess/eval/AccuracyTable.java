package org.appwatch.scoring.assess.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Prints an {@link AccuracyResult}: the automated table, the static-hint table, mismatches. */
final class AccuracyTable {

  /**
   * Where the answer key and a rule define an item differently; printed next to the item so that a
   * figure is never read without its caveat.
   */
  static final Map<String, String> NOTES =
      Map.of(
          "M2.2", "hint AW-009 (permission/SDK added, policy unchanged) is not in the key",
          "M4.1", "key leaves M4.1 to crawl-wide statistics: every AW-024 hint is an FP here",
          "M4.3", "key has no M4.3: every AW-027 hint (dangerous permission added) is an FP here",
          "M4.5", "key: forced improvement consent; AW-030 hints at any improvement purpose",
          "M5.3", "AW-043: login/share the APK cannot tell from pay (Alipay; full WeChat OpenSDK)",
          "M6.2", "key: unreasonable cancellation conditions clause");

  private AccuracyTable() {}

  static void print(AccuracyResult r, PrintStream out) {
    AccuracyResult.Options o = r.options();
    out.printf(
        Locale.ROOT,
        "Verdicts against the local store's answer key (ExpectedFlags): %d apps alive, corpus"
            + " --apps %d --seed %d --epoch %d, catalogue %s%n",
        r.appsAssessed(),
        o.apps(),
        o.seed(),
        o.epoch(),
        r.catalogueVersion());
    out.printf(
        Locale.ROOT,
        "analysis %.1f s on %d threads (%.1f ms/app), rules and counting %.1f s%n%n",
        r.analysisMillis() / 1000.0,
        o.threads(),
        (double) r.analysisMillis() / Math.max(1, r.appsAssessed()),
        r.assessMillis() / 1000.0);
    out.println("Automated items: flagged = violation or likely from an automated rule;");
    out.println("unknown counts as not flagged. Target: precision >= 0.98, recall >= 0.95.");
    header(out, "target");
    for (ItemTally t : r.automated()) {
      row(out, t, AccuracyResult.meetsTarget(t) ? "ok" : "MISSED");
    }
    out.println();
    out.println(
        "Static hints (likely, for an inspector; not verdicts, no target) against the key:");
    header(out, "note");
    for (ItemTally t : r.hints()) {
      String note = AccuracyRun.KEY_ITEMS.contains(t.item()) ? "" : "not in the key";
      row(out, t, NOTES.getOrDefault(t.item(), note));
    }
    out.println();
    out.println("Mismatches (first " + o.mismatches() + " per item):");
    for (ItemTally t : r.automated()) {
      t.mismatches().forEach(m -> out.println(t.item() + " " + m));
    }
    for (ItemTally t : r.hints()) {
      if (AccuracyRun.KEY_ITEMS.contains(t.item())) {
        t.mismatches().forEach(m -> out.println(t.item() + " hint " + m));
      }
    }
  }

  private static void header(PrintStream out, String last) {
    out.printf(
        Locale.ROOT,
        "%-5s %6s %6s %6s %6s %9s %7s  %s%n",
        "item",
        "TP",
        "FP",
        "FN",
        "TN",
        "precision",
        "recall",
        last);
  }

  private static void row(PrintStream out, ItemTally t, String last) {
    out.printf(
        Locale.ROOT,
        "%-5s %6d %6d %6d %6d %9.3f %7.3f  %s%n",
        t.item(),
        t.tp(),
        t.fp(),
        t.fn(),
        t.tn(),
        t.precision(),
        t.recall(),
        last);
  }
}
