package org.appwatch.cli;

import java.io.PrintStream;
import java.util.Map;
import org.appwatch.crawler.run.CrawlResult;

/**
 * Prints the end-of-crawl summary: what was fetched per store, what failed and why, where it is.
 */
final class CrawlSummary {

  private CrawlSummary() {}

  static void print(CrawlResult r, PrintStream out) {
    out.printf(
        "%nCrawl %s %s in %.1f s%n",
        r.crawlId(),
        r.resumed() ? "resumed and finished" : "finished",
        r.elapsed().toMillis() / 1000.0);
    out.printf("  %d HTTP exchanges, %.1f MB%n", r.fetches(), r.bytes() / 1e6);
    out.println("  by store (exchanges / listings):");
    r.fetchesByStore()
        .forEach(
            (s, n) ->
                out.printf("    %-10s %7d / %d%n", s, n, r.listingsByStore().getOrDefault(s, 0L)));
    out.println("  URLs by status: " + r.urlsByStatus());
    out.println("  APKs by status: " + r.apksByStatus());
    out.println("  errors by store/kind:" + (r.failures().isEmpty() ? " none" : ""));
    r.failures().forEach((k, n) -> out.printf("    %-36s %d%n", k, n));
    if (!r.missingFieldShare().isEmpty()) {
      out.println("  fields not found (share of listings):");
      r.missingFieldShare()
          .forEach(
              (store, fields) -> {
                for (Map.Entry<String, Double> f : fields.entrySet()) {
                  out.printf("    %-10s %-16s %5.1f %%%n", store, f.getKey(), f.getValue() * 100);
                }
              });
    }
    out.println("  outputs  " + r.crawlDir());
  }
}
