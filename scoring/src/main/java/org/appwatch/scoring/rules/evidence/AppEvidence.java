package org.appwatch.scoring.rules.evidence;

/**
 * Everything the rule engine knows about one app in one crawl: the contract between the analysers
 * (listing, APK, policy, history, peers) and the rules. A null part means that evidence is missing
 * (no APK downloaded, no policy fetched, no previous crawl, no peer statistics); rules then answer
 * {@code unknown}, never {@code pass}. Cross facts are not part of the input: the engine derives
 * them ({@link CrossFacts#derive}).
 *
 * @param store the store id
 * @param packageName the package, never null
 * @param crawlId the crawl, or null
 */
public record AppEvidence(
    String store,
    String packageName,
    String crawlId,
    ListingFacts listing,
    ApkFacts apk,
    PolicyFacts policy,
    HistoryFacts history,
    PeerFacts peers) {

  /** True when the policy text was read and analysed ({@link PolicyFacts.Status#OK}). */
  public boolean policyRead() {
    return policy != null && policy.status() == PolicyFacts.Status.OK;
  }
}
