package org.appwatch.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.appwatch.scoring.policy.eval.CappCorpus;
import org.appwatch.scoring.policy.eval.CappCorpus.CappPolicy;
import org.appwatch.scoring.policy.eval.CappCorpus.LabelledSentence;
import org.appwatch.scoring.policy.eval.CorpusEvaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures on the real CAPP-130 development policies: the evaluation figures, the evidence check
 * and ablations (remove every sentence carrying a clause: the analyser must report it missing; keep
 * them: it must be found).
 */
class CorpusAblationTest {

  private static List<CappPolicy> corpus;

  @BeforeAll
  static void load() {
    corpus = CappCorpus.load(CappCorpus.defaultDir());
    assertTrue(
        corpus.size() >= 70, "CAPP-130 dev corpus not found under " + CappCorpus.defaultDir());
  }

  @Test
  void evidenceSentencesCarryTheExpertsMatchingLabels() {
    CorpusEvaluation.Report report = CorpusEvaluation.evaluate(corpus);
    System.out.print(CorpusEvaluation.format(report));
    int evidence = 0;
    int matching = 0;
    for (String item : List.of("M2.1", "M2.2", "M3.8", "M5.3", "M6.1", "M6.3")) {
      CorpusEvaluation.ItemFigures f = report.items().get(item);
      evidence += f.evidenceLabelled();
      matching += f.evidenceMatching();
    }
    double share = (double) matching / evidence;
    System.out.printf(
        "evidence share over expert-labelled sentences (clause items): %.3f%n", share);
    assertTrue(share >= 0.8, "evidence share " + share);
    assertTrue(report.evidenceShare() >= 0.65, "strict evidence share " + report.evidenceShare());
  }

  @Test
  void removingCancellationSentencesMakesCancellationMissing() {
    ablate("m6_1.account-cancellation", s -> s.text().contains("注销"), 1.0);
  }

  /**
   * The experts label most, not all, sentences that give a channel: an e-mail address in the
   * preamble or a hotline in the minors' section often carries other labels only. A sentence
   * carries the clause when it is labelled Contact Information or shows an e-mail address or a
   * phone number (recognised here by the test's own patterns, not the analyser's).
   */
  @Test
  void removingContactSentencesMakesTheComplaintChannelMissing() {
    java.util.regex.Pattern channel =
        java.util.regex.Pattern.compile("@[A-Za-z0-9-]+\\.|\\d{3,4}-\\d{3,8}|热线|电话");
    ablate(
        "m6_5.complaint-channel",
        s -> s.labels().contains("联系方式") || channel.matcher(s.text()).find(),
        0.5);
  }

  @Test
  void removingPolicyChangeSentencesMakesTheChangeNoticeMissing() {
    ablate("m2_2.change-notice", s -> s.labels().contains("隐私政策的授权、修改与变更"), 0.6);
  }

  @Test
  void removingDateLinesMakesTheDatesMissing() {
    ablate("m2_2.dates", s -> s.text().matches(".*(日期|时间|生效|更新|发布|修订|版本|\\d{4}年\\d{1,2}月).*"), 1.0);
  }

  /**
   * For every policy where {@code feature} fires, removes the sentences {@code carries} selects and
   * expects the feature to fall silent in at least {@code minShare} of them.
   */
  private static void ablate(String feature, Predicate<LabelledSentence> carries, double minShare) {
    int tried = 0;
    int missing = 0;
    List<String> residual = new ArrayList<>();
    for (CappPolicy policy : corpus) {
      if (count(policy, feature) == 0) {
        continue;
      }
      tried++;
      List<LabelledSentence> kept = policy.sentences().stream().filter(carries.negate()).toList();
      CappPolicy ablated = new CappPolicy(policy.name(), kept);
      if (count(ablated, feature) == 0) {
        missing++;
      } else {
        residual.add(policy.name());
      }
    }
    double share = tried == 0 ? 0 : (double) missing / tried;
    System.out.printf(
        "ablation %s: found in %d policies, missing after removal in %d (%.3f); still found: %s%n",
        feature, tried, missing, share, residual);
    assertTrue(tried >= 20, feature + " found in only " + tried + " policies");
    assertTrue(share >= minShare, feature + " still found after ablation in " + residual);
  }

  private static int count(CappPolicy policy, String feature) {
    PolicyAnalysis a = PolicyAnalyzer.analyzeText(policy.text(), policy.name());
    assertEquals(PolicyStatus.OK, a.status(), policy.name());
    return a.features().get(feature).sentences();
  }
}
