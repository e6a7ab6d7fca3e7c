package org.appwatch.localstore;

/**
 * How badly the store behaves, as rates in [0, 1] of the request targets affected. Which targets
 * misbehave is decided by {@code (seed, host, path)}, so a run is reproducible.
 *
 * @param tooManyRequests share of targets answering 429 with Retry-After for their first one or two
 *     requests, then succeeding
 * @param serverErrors share of targets answering 5xx for their first one to three requests, then
 *     succeeding
 * @param redirects share of pages (HTML, JSON; not APKs or indexes) answering 302 to their
 *     canonical URL (the same URL with {@code hl=zh-CN} added)
 * @param slow share of targets answered after {@code slowMillis}
 * @param slowMillis delay of slow answers
 * @param brokenApks share of apps whose APK link answers 404, persistently
 * @param crawlDelaySeconds the Crawl-delay the web store and CN API announce in robots.txt (0 =
 *     none)
 */
public record Behaviour(
    double tooManyRequests,
    double serverErrors,
    double redirects,
    double slow,
    int slowMillis,
    double brokenApks,
    int crawlDelaySeconds) {

  public Behaviour {
    for (double r : new double[] {tooManyRequests, serverErrors, redirects, slow, brokenApks}) {
      if (r < 0 || r > 1) {
        throw new IllegalArgumentException("rates must be in [0, 1]");
      }
    }
    if (slowMillis < 0 || crawlDelaySeconds < 0) {
      throw new IllegalArgumentException("slowMillis and crawlDelaySeconds must be >= 0");
    }
  }

  /** Small rates, as a real store shows them to a crawler. */
  public static Behaviour defaults() {
    return new Behaviour(0.02, 0.02, 0.03, 0.02, 300, 0.01, 1);
  }

  /** A perfectly behaved store: no faults, no delays, no crawl delay. */
  public static Behaviour none() {
    return new Behaviour(0, 0, 0, 0, 0, 0, 0);
  }
}
