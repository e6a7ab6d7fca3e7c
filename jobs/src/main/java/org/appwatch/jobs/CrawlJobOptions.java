package org.appwatch.jobs;

import java.nio.file.Path;
import java.util.Objects;
import org.appwatch.model.Settings;

/**
 * The options of a job that needs nothing but a crawl's records and datasets: the work directory
 * and the crawl. Validated on construction. Used by {@link HistoryJob}, {@link PeersJob} and {@link
 * ScoreJob}; jobs with more to set have options of their own.
 *
 * @throws IllegalArgumentException for a crawl id that is not a plain name
 */
public record CrawlJobOptions(Path workDir, String crawlId) {

  public CrawlJobOptions {
    Objects.requireNonNull(workDir, "workDir");
    CrawlApks.checkCrawlId(crawlId);
  }

  /**
   * Checks that the crawl has what these jobs read: its listings and its APK records.
   *
   * @throws IllegalArgumentException when either is missing
   */
  void requireListingsAndApks() {
    CrawlRecords.require(workDir, crawlId, CrawlRecords.LISTINGS);
    CrawlApks.requireRecords(workDir, crawlId);
  }

  /** The work directory from {@code work.dir}, made absolute. */
  public static CrawlJobOptions from(Settings settings, String crawlId) {
    return new CrawlJobOptions(settings.getPath("work.dir").toAbsolutePath(), crawlId);
  }
}
