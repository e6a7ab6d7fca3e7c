package org.appwatch.notebooks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.appwatch.crawler.run.CrawlListener;
import org.appwatch.crawler.run.CrawlResult;
import org.appwatch.crawler.run.CrawlSettings;
import org.appwatch.crawler.run.Crawler;
import org.appwatch.crawler.run.StoreTarget;
import org.appwatch.jobs.ApkFeaturesJob;
import org.appwatch.jobs.CrawlJobOptions;
import org.appwatch.jobs.HistoryJob;
import org.appwatch.jobs.PeersJob;
import org.appwatch.jobs.PolicyFeaturesJob;
import org.appwatch.jobs.ScoreJob;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import org.appwatch.model.Settings;

/**
 * A work directory as {@code appwatch run} leaves it, made the same way: a real crawl of the local
 * store in its three formats (F-Droid, web store, JSON API), then the APK, policy and score jobs.
 */
final class WorkDirFixture {
  private WorkDirFixture() {}

  /**
   * Crawls a store of {@code apps} apps of {@code seed} into {@code workDir} and runs the jobs.
   *
   * @return the crawl's id
   */
  static String build(SparkSession spark, Path workDir, int apps, long seed) throws IOException {
    CrawlResult crawl;
    try (LocalStore store = LocalStore.start(new StoreConfig(apps, seed, 0, 0, Behaviour.none()))) {
      Settings settings =
          Settings.defaults()
              .with(
                  Map.of(
                      "crawl.allow-networks", "127.0.0.0/8", "crawl.politeness.enabled", "false"),
                  "test");
      crawl =
          new Crawler(workDir, CrawlSettings.from(settings))
              .run(
                  List.of(
                      new StoreTarget("fdroid-v2", store.fdroidRepo()),
                      new StoreTarget("web-play", store.webStore()),
                      new StoreTarget("cn-json", store.cnApi())),
                  null,
                  new CrawlListener() {});
    }
    String id = crawl.crawlId();
    Duration timeout = Duration.ofMinutes(1);
    new ApkFeaturesJob(spark, new ApkFeaturesJob.Options(workDir, id, timeout, 2)).execute();
    new PolicyFeaturesJob(spark, new PolicyFeaturesJob.Options(workDir, id, timeout, 2)).execute();
    new HistoryJob(spark, new CrawlJobOptions(workDir, id)).execute();
    new PeersJob(spark, new CrawlJobOptions(workDir, id)).execute();
    new ScoreJob(spark, new CrawlJobOptions(workDir, id)).execute();
    return id;
  }
}
