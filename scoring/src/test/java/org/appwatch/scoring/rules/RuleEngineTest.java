package org.appwatch.scoring.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.appwatch.scoring.rules.evidence.AppEvidence;
import org.junit.jupiter.api.Test;

/** Roll-up, risk score and ranking over apps written as fixtures (changes to the clean app). */
class RuleEngineTest {

  private static final RuleEngine ENGINE = new RuleEngine(RuleCatalogue.load());

  private static AppEvidence app(String yaml) throws Exception {
    JsonNode node = RuleYaml.mapper().readTree(yaml);
    return Fixture.read(node).evidence();
  }

  @Test
  void theCleanAppRollsUpToPassesAndManualChecksOnly() throws Exception {
    AppAssessment a = ENGINE.assess(app("name: clean"));
    assertEquals(31, a.items().size());
    assertEquals(43, a.findings().size());
    assertEquals(Verdict.PASS, a.item("M3.8").verdict());
    assertEquals(Verdict.MANUAL_CHECK, a.item("M3.2").verdict());
    assertEquals(Verdict.NOT_APPLICABLE, a.item("M3.6").verdict());
    assertEquals(0, a.count(Verdict.VIOLATION));
    a.findings().forEach(f -> assertEquals(ENGINE.catalogue().version(), f.catalogueVersion()));
    // Only manual checks: 0.1 × weight × 0.5 per item, no violation among the heaviest.
    assertTrue(a.score().score() > 0 && a.score().score() < 5, a.score().explanation());
  }

  @Test
  void theWorstVerdictWinsAndCarriesEvidenceWithProvenance() throws Exception {
    AppEvidence e =
        app(
            """
            name: undisclosed ad SDK, old target
            evidence:
              apk:
                targetSdk: 22
                sdks: [{id: pangle, name: Pangle (CSJ), categories: [ads],
                        provenance: {kind: apk, snippet: com.bytedance.sdk.openadsdk.TTAdSdk, file: classes2.dex}}]
            """);
    AppAssessment a = ENGINE.assess(e);
    ItemVerdict m51 = a.item("M5.1");
    assertEquals(Verdict.VIOLATION, m51.verdict());
    Finding f = m51.findings().get(0);
    assertEquals("AW-007", f.ruleId());
    assertEquals("classes2.dex", f.evidence().get(0).file());
    assertEquals("cross", f.evidence().get(0).kind());
    assertTrue(f.wording().zh().contains("Pangle (CSJ)"), f.wording().zh());
    // M4.6: the automated rule's violation is worse than the manual row's manual-check.
    assertEquals(Verdict.VIOLATION, a.item("M4.6").verdict());
    assertEquals(Verdict.VIOLATION, a.item("M4.6").findings().get(0).verdict());
    // Ad SDK with the policy's opt-out: M3.6 now applies and passes.
    assertEquals(Verdict.PASS, a.item("M3.6").verdict());
  }

  @Test
  void missingEvidenceIsUnknownExceptAMissingPolicyForM11() throws Exception {
    AppAssessment a =
        ENGINE.assess(
            app("{name: no policy, evidence: {listing: {policyLink: MISSING}, policy: null}}"));
    assertEquals(Verdict.VIOLATION, a.item("M1.1").verdict());
    for (String item : List.of("M1.4", "M2.1", "M2.3", "M3.4", "M3.8", "M6.1", "M6.5")) {
      assertEquals(Verdict.UNKNOWN, a.item(item).verdict(), item);
    }
    AppAssessment nothing = ENGINE.assess(app("{name: nothing, base: empty}"));
    assertTrue(
        nothing.items().stream().allMatch(i -> i.verdict() == Verdict.UNKNOWN),
        "with no evidence every item is unknown");
    assertTrue(nothing.findings().stream().allMatch(f -> f.evidence().isEmpty()));
  }

  @Test
  void riskGrowsWithViolationsReachAndChange() throws Exception {
    String bad =
        "{name: bad, evidence: {policy: {features: {m3_8.withdraw-consent: [], m6_5.complaint-channel: []}}}}";
    AppAssessment clean = ENGINE.assess(app("name: clean"));
    AppAssessment worse = ENGINE.assess(app(bad));
    // Two violations: M3.8 (high 3 × 0.85) and M6.5 (medium 2 × 0.85) on top of the clean points.
    assertEquals(
        clean.score().itemPoints() + 3 * 0.85 + 2 * 0.85, worse.score().itemPoints(), 1e-9);
    assertEquals(1 + Math.log10(100001) / 10, worse.score().reach(), 1e-9);
    assertEquals(
        Math.round(worse.score().itemPoints() * worse.score().reach() * 100) / 100.0,
        worse.score().score());
    assertTrue(worse.score().explanation().contains("M3.8 violation by AW-022"));

    AppAssessment bigger =
        ENGINE.assess(
            app(
                "{name: big, evidence: {listing: {installs: 100000000}, "
                    + "policy: {features: {m3_8.withdraw-consent: [], m6_5.complaint-channel: []}},"
                    + " history: {sdksAdded: [pangle], policyTextChanged: true, policyDateChanged: true}}}"));
    assertEquals(1.5, bigger.score().change(), 1e-9);
    assertTrue(bigger.score().score() > worse.score().score());

    List<SpotCheckRanking.Ranked> ranked = SpotCheckRanking.rank(List.of(clean, bigger, worse));
    assertEquals(
        List.of(bigger, worse, clean), ranked.stream().map(SpotCheckRanking.Ranked::app).toList());
    assertEquals(1, ranked.get(0).priority());
    assertFalse(worse.spotChecks().isEmpty());
    assertEquals("M3.8", worse.spotChecks().get(0).item());
  }
}
