package org.appwatch.localstore.policy;

import static org.appwatch.localstore.policy.PolicyFixtures.allBut;
import static org.appwatch.localstore.policy.PolicyFixtures.spec;
import static org.appwatch.localstore.policy.PolicyFixtures.text;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each clause is on the page exactly when the spec has it, in every language and wording. */
class PolicyClausesTest {

  private static final long[] PHRASINGS = {0, 1, 2, 3, 7, 42, -9, 123456789L};
  private final PolicyWriter writer = new PolicyWriter();

  static Stream<Arguments> languagesAndClauses() {
    List<Arguments> result = new ArrayList<>();
    for (PolicyLanguage language : PolicyLanguage.values()) {
      for (Clause clause : Clause.values()) {
        result.add(Arguments.of(language, clause));
      }
    }
    return result.stream();
  }

  @ParameterizedTest
  @MethodSource("languagesAndClauses")
  void presentClauseIsStatedInOneOfItsWordings(PolicyLanguage language, Clause clause) {
    for (long phrasing : PHRASINGS) {
      for (Set<Clause> clauses : List.of(EnumSet.allOf(Clause.class), EnumSet.of(clause))) {
        String page = text(writer.html(spec(language, clauses, phrasing)));
        assertTrue(
            ClauseFragments.of(language, clause).stream()
                .anyMatch(fragments -> fragments.stream().allMatch(page::contains)),
            () -> clause + " missing from " + language + " page " + phrasing + ": " + page);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("languagesAndClauses")
  void absentClauseLeavesNoneOfItsWordings(PolicyLanguage language, Clause clause) {
    for (long phrasing : PHRASINGS) {
      String page = text(writer.html(spec(language, allBut(clause), phrasing)));
      for (List<String> fragments : ClauseFragments.of(language, clause)) {
        for (String fragment : fragments) {
          assertFalse(
              page.contains(fragment),
              () ->
                  clause + " absent but \"" + fragment + "\" on " + language + " page " + phrasing);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("languagesAndClauses")
  void eachWordingOfAClauseIsUsedForSomePhrasing(PolicyLanguage language, Clause clause) {
    List<List<String>> wordings = ClauseFragments.of(language, clause);
    boolean[] seen = new boolean[wordings.size()];
    for (long phrasing = 0; phrasing < 64; phrasing++) {
      String page = text(writer.html(spec(language, EnumSet.of(clause), phrasing)));
      for (int i = 0; i < wordings.size(); i++) {
        seen[i] |= wordings.get(i).stream().allMatch(page::contains);
      }
    }
    for (int i = 0; i < seen.length; i++) {
      assertTrue(seen[i], clause + " wording " + i + " never used in " + language);
    }
  }
}
