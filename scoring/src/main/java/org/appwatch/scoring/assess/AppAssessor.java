package org.appwatch.scoring.assess;

import org.appwatch.scoring.apk.ApkReport;
import org.appwatch.scoring.policy.PolicyAnalysis;
import org.appwatch.scoring.rules.AppAssessment;
import org.appwatch.scoring.rules.RuleCatalogue;
import org.appwatch.scoring.rules.RuleEngine;
import org.appwatch.scoring.rules.evidence.AppEvidence;
import org.appwatch.scoring.rules.evidence.HistoryFacts;
import org.appwatch.scoring.rules.evidence.ListingFacts;
import org.appwatch.scoring.rules.evidence.PeerFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * Connects the analysers to the rule engine: a listing, the APK analyser's report and the policy
 * analyser's analysis (each may be missing), the previous crawl's inputs and the category's peer
 * rates in; an {@link AppAssessment} (every rule's finding, all 31 items, the risk score) out.
 * Thread-safe; the engine's cost per app is small next to the analysers'.
 */
public final class AppAssessor {

  private final RuleEngine engine;

  public AppAssessor(RuleEngine engine) {
    this.engine = engine;
  }

  /** An assessor over the built-in catalogue. */
  public static AppAssessor standard() {
    return new AppAssessor(new RuleEngine(RuleCatalogue.load()));
  }

  /** The engine used. */
  public RuleEngine engine() {
    return engine;
  }

  /**
   * One crawl's inputs from the analysers' outputs.
   *
   * @param apk the APK report, or null when no APK was downloaded
   * @param apkOrigin the APK's name or URL, WARC record, crawl; may be null
   * @param policy the policy analysis, or null when no policy page was fetched
   * @param policyOrigin the policy URL, WARC record, crawl; may be null
   */
  public static AppInputs inputs(
      String store,
      String packageName,
      String crawlId,
      ListingFacts listing,
      ApkReport apk,
      Provenance apkOrigin,
      PolicyAnalysis policy,
      Provenance policyOrigin) {
    return new AppInputs(
        store,
        packageName,
        crawlId,
        listing,
        ApkEvidence.of(apk, apkOrigin),
        PolicyEvidence.of(policy, policyOrigin));
  }

  /**
   * The evidence the rules read.
   *
   * @param previous the same app's inputs in the previous crawl, or null
   * @param peers the rates of the app's category ({@link PeerTable}), or null
   */
  public static AppEvidence evidence(AppInputs current, AppInputs previous, PeerFacts peers) {
    return evidence(current, HistoryDiff.between(previous, current), peers);
  }

  /**
   * The evidence the rules read, with history already derived (a Spark job reads it back from the
   * {@code history/v1} dataset, which {@link HistoryDiff} wrote).
   *
   * @param history the changes since the app's previous crawl, or null
   */
  public static AppEvidence evidence(AppInputs current, HistoryFacts history, PeerFacts peers) {
    return new AppEvidence(
        current.store(),
        current.packageName(),
        current.crawlId(),
        current.listing(),
        current.apk(),
        current.policy(),
        history,
        peers);
  }

  /** Assesses one app; see {@link #evidence} for the arguments. */
  public AppAssessment assess(AppInputs current, AppInputs previous, PeerFacts peers) {
    return engine.assess(evidence(current, previous, peers));
  }
}
