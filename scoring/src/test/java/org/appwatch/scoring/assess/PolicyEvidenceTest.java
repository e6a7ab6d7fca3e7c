package org.appwatch.scoring.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.policy.Clause;
import org.appwatch.localstore.policy.PolicyForm;
import org.appwatch.localstore.policy.PolicyLanguage;
import org.appwatch.scoring.policy.PolicyAnalysis;
import org.appwatch.scoring.policy.PolicyAnalyzer;
import org.appwatch.scoring.rules.evidence.PolicyFacts;
import org.appwatch.scoring.rules.evidence.Provenance;
import org.junit.jupiter.api.Test;

class PolicyEvidenceTest {

  private static final Provenance ORIGIN =
      new Provenance("policy", null, "http://x/p.html", null, null, "crawl-3");

  @Test
  void everyFeatureIsListedAndSentencesKeepTextAndOffset() {
    AppSpec app =
        GeneratedApps.first(
            new Corpus(100, GeneratedApps.SEED, 0),
            a ->
                a.policyLink().served()
                    && a.policy().form() == PolicyForm.HTML
                    && a.policy().language() == PolicyLanguage.SIMPLIFIED_CHINESE
                    && a.policy().clauses().contains(Clause.PERMISSION_PURPOSES));
    PolicyAnalysis analysis = GeneratedApps.policy(app);

    PolicyFacts facts = PolicyEvidence.of(analysis, ORIGIN);

    assertEquals(PolicyFacts.Status.OK, facts.status());
    assertEquals("Hans", facts.script());
    assertEquals(analysis.sha256(), facts.sha256());
    assertEquals(analysis.features().keySet(), facts.features().keySet());
    analysis.items().values().stream()
        .flatMap(List::stream)
        .forEach(
            d -> {
              Provenance p =
                  facts.detections(d.featureId()).stream()
                      .filter(x -> x.offset() == d.start())
                      .findFirst()
                      .orElseThrow();
              assertEquals(d.text(), p.snippet());
              assertEquals("http://x/p.html", p.file());
              assertEquals("crawl-3", p.crawlId());
            });
    assertFalse(facts.sensitiveItems().isEmpty());
    facts
        .sensitiveItems()
        .forEach(
            s -> {
              assertNotNull(s.provenance().offset(), s.toString());
              assertFalse(s.provenance().snippet().startsWith("sentence "));
            });
  }

  @Test
  void refusedPolicyKeepsOnlyItsStatus() {
    PolicyFacts facts = PolicyEvidence.of(PolicyAnalyzer.analyzeHtml("<p>short</p>", "p"), ORIGIN);
    assertTrue(facts.status() != PolicyFacts.Status.OK);
    assertTrue(facts.features().isEmpty());
    assertNull(facts.sha256());
    assertNull(PolicyEvidence.of(null, ORIGIN));
  }
}
