package org.appwatch.scoring.rules.evidence;

import java.util.List;

/**
 * What changed since the previous crawl of the same app. Null in {@link AppEvidence} when there is
 * no previous crawl (history rules then answer {@code unknown}).
 *
 * @param previousCrawlId the crawl compared against
 * @param permissionsAdded permissions requested now and not then
 * @param sdksAdded ids of SDKs embedded now and not then
 * @param policyTextChanged true when the normalised policy text differs
 * @param policyDateChanged true when the policy's effective or updated date differs
 */
public record HistoryFacts(
    String previousCrawlId,
    List<ApkFacts.PermissionFact> permissionsAdded,
    List<String> sdksAdded,
    boolean policyTextChanged,
    boolean policyDateChanged,
    Provenance provenance) {

  public HistoryFacts {
    permissionsAdded = permissionsAdded == null ? List.of() : List.copyOf(permissionsAdded);
    sdksAdded = sdksAdded == null ? List.of() : List.copyOf(sdksAdded);
  }

  /** The number of change signals: dangerous permissions added, SDKs added, policy text changed. */
  public int changeSignals() {
    int n = permissionsAdded.stream().anyMatch(ApkFacts.PermissionFact::dangerous) ? 1 : 0;
    n += sdksAdded.isEmpty() ? 0 : 1;
    return n + (policyTextChanged ? 1 : 0);
  }
}
