package org.appwatch.localstore.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.appwatch.localstore.policy.Clause;
import org.appwatch.localstore.policy.PolicyForm;
import org.junit.jupiter.api.Test;

/** M2.2 in the answer key: a policy change a returning user cannot see dated. */
class ExpectedFlagsTest {

  private static final Corpus NOW = new Corpus(2000, 42, 1);

  private static List<AppSpec> readable(java.util.function.Predicate<AppSpec> wanted) {
    return NOW.aliveIndices()
        .mapToObj(NOW::app)
        .filter(a -> a.bornEpoch() == 0 && a.policyLink().served())
        .filter(a -> a.policy().form() == PolicyForm.HTML)
        .filter(wanted)
        .toList();
  }

  @Test
  void datedRewriteOfAPolicyThatShowsNoDatesIsFlagged() {
    List<AppSpec> undated =
        readable(
            a ->
                a.history().lastPolicyUpdate() == 1
                    && !a.policy().clauses().contains(Clause.EFFECTIVE_AND_UPDATED_DATES));
    assertFalse(undated.isEmpty());
    undated.forEach(a -> assertTrue(ExpectedFlags.of(a, 1).contains("M2.2"), a.packageName()));
  }

  @Test
  void datedRewriteShowingItsDatesIsNotFlaggedAndSilentChangeIs() {
    List<AppSpec> dated =
        readable(
            a ->
                a.history().lastPolicyUpdate() == 1
                    && a.history().lastSilentPolicyChange() != 1
                    && a.policy().clauses().contains(Clause.EFFECTIVE_AND_UPDATED_DATES));
    assertFalse(dated.isEmpty());
    dated.forEach(a -> assertFalse(ExpectedFlags.of(a, 1).contains("M2.2"), a.packageName()));
    List<AppSpec> silent = readable(a -> a.history().lastSilentPolicyChange() == 1);
    assertFalse(silent.isEmpty());
    silent.forEach(a -> assertTrue(ExpectedFlags.of(a, 1).contains("M2.2"), a.packageName()));
  }

  @Test
  void noHistoryNoM22() {
    AppSpec first = new Corpus(50, 42, 0).app(0);
    assertEquals(false, ExpectedFlags.of(first, 0).contains("M2.2"));
  }
}
