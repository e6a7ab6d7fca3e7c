package org.appwatch.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.appwatch.crawler.fetch.FetchSettings;
import org.appwatch.crawler.fetch.HttpFetcher;
import org.appwatch.crawler.store.fdroid.FdroidHarvest;
import org.appwatch.crawler.store.fdroid.HarvestProgress;
import org.appwatch.crawler.store.fdroid.HarvestSummary;
import org.appwatch.crawler.store.fdroid.HarvestedApk;
import org.appwatch.jobs.ApkFeaturesJob;
import org.appwatch.jobs.ApkManifestJob;
import org.appwatch.jobs.SparkSessions;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import org.appwatch.model.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code appwatch run}: the whole job end to end. With no store configured it starts the local
 * store, so that it works on a machine with no network.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole job: crawl, extract features, write datasets, and print where they are.",
      "With no store configured (crawl.fdroid.repo), it starts the local store and crawls that."
    })
final class RunCommand implements Callable<Integer> {

  private static final DateTimeFormatter CRAWL_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Mixin SettingsOptions settingsOptions;

  @Option(
      names = "--apps",
      paramLabel = "N",
      description = "Apps in the local store (default 200).")
  Integer apps;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the local store (default 42).")
  Long seed;

  @Option(
      names = "--fdroid-repo",
      paramLabel = "URL",
      description = "Crawl this F-Droid repository instead of the local store.")
  URI fdroidRepo;

  @Override
  public Integer call() throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    if (apps != null) {
      options.put("store.local.apps", apps.toString());
    }
    if (seed != null) {
      options.put("store.local.seed", seed.toString());
    }
    if (fdroidRepo != null) {
      options.put("crawl.fdroid.repo", fdroidRepo.toString());
    }
    Settings settings = settingsOptions.resolve(options);
    Path workDir = settings.getPath("work.dir").toAbsolutePath();
    String crawlId = CRAWL_ID.format(Instant.now());
    Instant start = Instant.now();

    System.out.println("appwatch run " + crawlId + " → " + workDir);
    try (LocalStore store = localStoreIfNeeded(settings)) {
      URI repo = store != null ? store.fdroidRepo() : URI.create(settings.get("crawl.fdroid.repo"));
      System.out.println("[1/3] crawl F-Droid repository " + repo);
      HarvestSummary crawl = crawl(settings, workDir, crawlId, repo);
      System.out.println("      " + crawl.packages() + " packages, " + crawl.byStatus());

      System.out.println(
          "[2/3] read APK manifests with Spark (" + settings.get("spark.master") + ")");
      ApkManifestJob.Result manifests;
      ApkFeaturesJob.Result features;
      try (SparkSession spark = SparkSessions.getOrCreate(settings)) {
        manifests =
            new ApkManifestJob(spark, new ApkManifestJob.Options(workDir, crawlId)).execute();
        System.out.println(
            "      " + manifests.apks() + " APKs read, " + manifests.unreadable() + " unreadable");
        System.out.println("[3/3] analyse APKs with Spark");
        features =
            new ApkFeaturesJob(spark, ApkFeaturesJob.Options.from(settings, crawlId)).execute();
      }
      System.out.println(
          "      "
              + features.apks()
              + " APKs analysed, "
              + features.rows()
              + " listings, "
              + features.errors()
              + " with errors");

      System.out.println();
      System.out.println("Done in " + seconds(Duration.between(start, Instant.now())) + ":");
      System.out.println("  crawl records   " + crawl.records());
      System.out.println("  APK files       " + workDir.resolve("apks"));
      System.out.println("  apk-manifest    " + manifests.output());
      System.out.println("  apk-features    " + features.output());
    }
    return 0;
  }

  private static LocalStore localStoreIfNeeded(Settings settings) throws java.io.IOException {
    if (!settings.get("crawl.fdroid.repo").isBlank()) {
      return null;
    }
    StoreConfig config =
        new StoreConfig(
            settings.getInt("store.local.apps"),
            settings.getLong("store.local.seed"),
            settings.getInt("store.local.epoch"),
            settings.getInt("store.local.port"),
            Behaviour.none());
    LocalStore store = LocalStore.start(config);
    System.out.println(
        "      no store configured: started the local store ("
            + config.apps()
            + " apps, seed "
            + config.seed()
            + ")");
    return store;
  }

  private static HarvestSummary crawl(Settings settings, Path workDir, String crawlId, URI repo)
      throws java.io.IOException {
    try (HttpFetcher fetcher = new HttpFetcher(FetchSettings.from(settings));
        ProgressDisplay progress = ProgressDisplay.start("APKs", 0)) {
      FdroidHarvest harvest =
          new FdroidHarvest(
              fetcher,
              workDir,
              settings.getInt("crawl.threads"),
              settings.getBytes("crawl.max-bytes.json"),
              settings.getBytes("crawl.max-bytes.apk"));
      return harvest.run(
          repo,
          crawlId,
          workDir.resolve("crawls").resolve(crawlId),
          new HarvestProgress() {
            @Override
            public void started(int packages) {
              progress.resize(packages);
            }

            @Override
            public void apkDone(HarvestedApk record) {
              progress.step(record.status());
            }
          });
    }
  }

  private static String seconds(Duration d) {
    return String.format("%.1f s", d.toMillis() / 1000.0);
  }
}
