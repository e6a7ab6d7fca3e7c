package org.appwatch.crawler.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What a crawl did.
 *
 * @param urlsByStatus frontier URLs by final status
 * @param failures settled failures by {@code store/error-kind}
 * @param fetchesByStore HTTP exchanges (attempts included) by store
 * @param bytes body bytes received
 * @param missingFieldShare per store, per configured field, the share of listings without it
 */
public record CrawlResult(
    String crawlId,
    Path crawlDir,
    boolean resumed,
    Map<String, Long> urlsByStatus,
    Map<String, Long> failures,
    Map<String, Long> fetchesByStore,
    long bytes,
    Map<String, Map<String, Double>> missingFieldShare,
    Map<String, Long> listingsByStore,
    Map<String, Long> apksByStatus,
    Duration elapsed) {

  public long fetches() {
    return fetchesByStore.values().stream().mapToLong(Long::longValue).sum();
  }
}
