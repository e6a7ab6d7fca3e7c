package org.appwatch.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.appwatch.crawler.run.CrawlListener;
import org.appwatch.crawler.run.CrawlResult;
import org.appwatch.crawler.run.CrawlSettings;
import org.appwatch.crawler.run.Crawler;
import org.appwatch.crawler.run.StoreTarget;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import org.appwatch.model.Settings;

/**
 * A real crawl of a well-behaved local store in all three of its formats (F-Droid, web store, JSON
 * API) into a work directory: the listings, policies, WARC records and APKs the jobs read.
 */
public final class LocalCrawl {
  private LocalCrawl() {}

  /** Crawls a store of {@code apps} apps of {@code seed} in {@code epoch}. */
  static CrawlResult crawl(Path workDir, int apps, long seed, int epoch) throws IOException {
    return crawl(workDir, apps, seed, epoch, 0);
  }

  /**
   * As {@link #crawl(Path, int, long, int)}, the store first making every APK on {@code
   * prepareThreads} threads (0: on request), as a benchmark wants for large stores.
   */
  public static CrawlResult crawl(Path workDir, int apps, long seed, int epoch, int prepareThreads)
      throws IOException {
    try (LocalStore store =
        LocalStore.start(new StoreConfig(apps, seed, epoch, 0, Behaviour.none()))) {
      if (prepareThreads > 0) {
        try {
          store.prepareApks(prepareThreads, done -> {});
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted while the store made its APKs");
        }
      }
      Settings settings =
          Settings.defaults()
              .with(
                  Map.of(
                      "crawl.allow-networks", "127.0.0.0/8", "crawl.politeness.enabled", "false"),
                  "test");
      return new Crawler(workDir, CrawlSettings.from(settings))
          .run(
              List.of(
                  new StoreTarget("fdroid-v2", store.fdroidRepo()),
                  new StoreTarget("web-play", store.webStore()),
                  new StoreTarget("cn-json", store.cnApi())),
              null,
              new CrawlListener() {});
    }
  }
}
