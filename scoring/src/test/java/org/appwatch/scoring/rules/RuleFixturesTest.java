package org.appwatch.scoring.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the rule folder of the source tree and runs every rule's fixtures (semgrep-rules' {@code
 * ruleid:} / {@code ok:}): a {@code must_fire} fixture must get the rule's firing verdict, a {@code
 * must_not_fire} fixture any other, and a fixture naming a verdict exactly that one. A rule with no
 * fixture of either list fails.
 */
class RuleFixturesTest {

  static final Path FOLDER = Path.of("src/main/resources/org/appwatch/scoring/rules/catalogue");
  private static final RuleCatalogue CATALOGUE = RuleCatalogue.load(FOLDER);
  private static final RuleEngine ENGINE = new RuleEngine(CATALOGUE);

  static Stream<String> ruleFiles() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.matches("AW-\\d{3}\\.yaml"))
              .sorted()
              .toList();
      assertFalse(names.isEmpty(), "no rule files in " + FOLDER.toAbsolutePath());
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ruleFiles")
  void fixtures(String file) {
    Rule rule =
        CATALOGUE.rules().stream()
            .filter(r -> r.fileName().equals(file))
            .findFirst()
            .orElseThrow(() -> new AssertionError(file + " is not in the catalogue index"));
    assertFalse(rule.mustFire().isEmpty(), file + ": no must_fire fixture");
    assertFalse(rule.mustNotFire().isEmpty(), file + ": no must_not_fire fixture");
    for (Fixture f : rule.mustFire()) {
      Finding finding = ENGINE.evaluate(rule, ENGINE.facts(f.evidence()));
      String what = file + " must fire on `" + f.name() + "`";
      assertEquals(rule.onMatch(), finding.verdict(), what);
      check(f, finding, what);
      assertFalse(finding.wording().en().contains("{"), what + ": unfilled wording");
    }
    for (Fixture f : rule.mustNotFire()) {
      Finding finding = ENGINE.evaluate(rule, ENGINE.facts(f.evidence()));
      String what = file + " must not fire on `" + f.name() + "`";
      assertNotEquals(rule.onMatch(), finding.verdict(), what);
      check(f, finding, what);
    }
  }

  private static void check(Fixture f, Finding finding, String what) {
    if (f.verdict() != null) {
      assertEquals(f.verdict(), finding.verdict(), what);
    }
    if (finding.verdict() != Verdict.UNKNOWN && finding.verdict() != Verdict.MANUAL_CHECK) {
      assertTrue(
          finding.verdict() == Verdict.PASS
              || finding.verdict() == Verdict.NOT_APPLICABLE
              || !finding.evidence().isEmpty(),
          what + ": a firing verdict without evidence");
    }
  }

  @Test
  void theCleanBaseAppFiresNoAutomatedRuleOrHint() {
    Fixture clean = Fixture.read(RuleYaml.mapper().createObjectNode().put("name", "clean"));
    for (Finding f : ENGINE.evaluate(clean.evidence())) {
      assertTrue(
          f.verdict() == Verdict.PASS
              || f.verdict() == Verdict.NOT_APPLICABLE
              || f.verdict() == Verdict.MANUAL_CHECK,
          f.ruleId() + " gives " + f.verdict().id() + " on the clean base app");
    }
  }

  @Test
  void theShippedCatalogueEqualsTheSourceFolder() {
    assertEquals(CATALOGUE.version(), RuleCatalogue.load().version());
  }
}
