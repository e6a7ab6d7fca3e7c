package org.appwatch.crawler.run;

/** Told how a crawl advances, from worker threads; implementations must be thread-safe and fast. */
public interface CrawlListener {

  /** Counts at the start (non-zero done when resuming). */
  default void started(String crawlId, boolean resumed, long known, long done) {}

  /**
   * One URL was processed.
   *
   * @param label what happened: a page kind, {@code stored}, {@code redirected}, an error kind
   * @param finished whether the URL is settled (false when a retry is scheduled)
   */
  default void processed(String store, String label, boolean finished, long known, long done) {}

  CrawlListener NONE = new CrawlListener() {};
}
