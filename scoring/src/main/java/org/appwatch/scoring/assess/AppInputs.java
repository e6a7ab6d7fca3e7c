package org.appwatch.scoring.assess;

import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.ListingFacts;
import org.appwatch.scoring.rules.evidence.PolicyFacts;

/**
 * What one crawl saw of one app, before anything is compared with other crawls or other apps: the
 * listing, the APK's facts and the policy's facts. A null part is evidence that is missing (no APK
 * downloaded, no policy fetched). History ({@link HistoryDiff}) compares two of these; peers
 * ({@link PeerTable}) aggregate many.
 */
public record AppInputs(
    String store,
    String packageName,
    String crawlId,
    ListingFacts listing,
    ApkFacts apk,
    PolicyFacts policy) {

  public AppInputs {
    if (packageName == null) {
      throw new IllegalArgumentException("packageName is required");
    }
  }
}
