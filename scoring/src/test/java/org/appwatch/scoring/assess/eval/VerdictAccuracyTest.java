package org.appwatch.scoring.assess.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verdict measurement on a small two-epoch corpus. Items whose gap lies on the analysers' side
 * are named in {@link #SHORT} (docs/accuracy.md gives the causes); every other automated item must
 * reach the targets. When an analyser improves, move the item over.
 */
class VerdictAccuracyTest {

  /** Automated items that reach precision 0.98 and recall 0.95 (seed 42, 300 apps, epoch 1). */
  static final List<String> REACHED =
      List.of(
          "M1.1", "M1.4", "M2.1", "M2.2", "M2.3", "M3.4", "M3.5", "M3.6", "M3.8", "M3.9", "M4.6",
          "M5.1", "M6.1", "M6.3", "M6.5");

  /** Automated items that do not yet, each for a documented analyser-side or key-side cause. */
  static final List<String> SHORT = List.of("M5.3");

  private static AccuracyResult result;
  private static String table;

  @BeforeAll
  static void measure() {
    result = AccuracyRun.run(new AccuracyResult.Options(300, 42, 1, 2, 3));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AccuracyTable.print(result, new PrintStream(out, true, StandardCharsets.UTF_8));
    table = out.toString(StandardCharsets.UTF_8);
    System.out.println(table);
  }

  @Test
  void everyAutomatedItemIsMeasuredAndNamed() {
    List<String> measured = result.automated().stream().map(ItemTally::item).sorted().toList();
    List<String> named =
        java.util.stream.Stream.concat(REACHED.stream(), SHORT.stream()).sorted().toList();
    assertEquals(named, measured);
    assertEquals(
        result.appsAssessed(),
        result.item("M4.6").tp()
            + result.item("M4.6").fp()
            + result.item("M4.6").fn()
            + result.item("M4.6").tn());
  }

  @Test
  void reachedItemsMeetTheTargetsOnCasesThatExist() {
    for (String item : REACHED) {
      ItemTally t = result.item(item);
      assertTrue(t.tp() >= 3, item + " has too few positive cases to measure: " + t.tp());
      assertTrue(AccuracyResult.meetsTarget(t), item + " misses the target:\n" + table);
    }
  }

  @Test
  void mismatchesAreListedWithTheirReason() {
    ItemTally worst = result.item("M2.1");
    assertTrue(worst.fp() + worst.fn() > 0);
    assertTrue(worst.mismatches().get(0).contains("AW-007"), worst.mismatches().toString());
    assertTrue(table.contains("M2.1 F"), table);
  }
}
