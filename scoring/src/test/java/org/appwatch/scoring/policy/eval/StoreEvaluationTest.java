package org.appwatch.scoring.policy.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyser against the local store's ground truth (a smaller sample than {@link
 * StoreEvaluation}'s default, to keep the build fast): every clause reaches precision ≥ 0.98 and
 * recall ≥ 0.95 in every language; values and statuses as stated in docs/policy-analysis.md.
 */
class StoreEvaluationTest {

  private static StoreEvaluation.Report report;

  @BeforeAll
  static void evaluate() {
    report = StoreEvaluation.evaluate(StoreSample.draw(11, 120));
    System.out.print(StoreEvaluation.format(report));
  }

  @Test
  void everyClauseReachesTheCataloguesAimInEveryLanguage() {
    List<String> short_ = new ArrayList<>();
    report
        .clauses()
        .forEach(
            (clause, row) ->
                row.forEach(
                    (lang, t) -> {
                      if (t.precision() < 0.98 || t.recall() < 0.95) {
                        short_.add(clause + " " + lang + " " + t.precision() + "/" + t.recall());
                      }
                    }));
    assertEquals(List.of(), short_);
  }

  @Test
  void everyNonHtmlFormEndsInItsStatus() {
    assertEquals(report.forms().total(), report.forms().tp);
  }

  @Test
  void valuesAreReadFromTheText() {
    Map<String, Map<String, Tally>> v = report.values();
    assertTrue(v.get("dates").get("all").accuracy() >= 0.98, "dates");
    assertTrue(v.get("response working days").get("all").accuracy() >= 0.98, "days");
    assertTrue(v.get("contact e-mail").get("all").accuracy() >= 0.98, "e-mail");
    assertTrue(v.get("permission with purpose").get("all").accuracy() >= 0.95, "with purpose");
    assertTrue(v.get("permission without purpose").get("all").accuracy() >= 0.9, "without");
    assertTrue(v.get("SDK named (recall)").get("all").accuracy() >= 0.95, "SDK recall");
    assertTrue(v.get("SDK named (precision)").get("all").accuracy() >= 0.95, "SDK precision");
  }
}
