package org.appwatch.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.appwatch.crawler.run.CrawlResult;
import org.appwatch.crawler.run.StoreTarget;
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
    Instant start = Instant.now();
    String crawlId;

    System.out.println("appwatch run → " + workDir);
    try (LocalStore store = localStoreIfNeeded(settings)) {
      URI repo = store != null ? store.fdroidRepo() : URI.create(settings.get("crawl.fdroid.repo"));
      System.out.println("[1/3] crawl F-Droid repository " + repo);
      CrawlResult crawl = crawl(settings, workDir, repo, store != null);
      crawlId = crawl.crawlId();
      if (crawl.listingsByStore().isEmpty()) {
        throw new java.io.IOException(
            "the crawl of " + repo + " found no apps; failures: " + crawl.failures());
      }
      System.out.println(
          "      " + crawl.listingsByStore() + " listings, APKs " + crawl.apksByStatus());

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
      System.out.println("  crawl records   " + crawl.crawlDir());
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

  private static CrawlResult crawl(Settings settings, Path workDir, URI repo, boolean local)
      throws java.io.IOException {
    if (local) {
      // Our own store on loopback: allowed by configuration, and no need to be gentle with it.
      settings =
          settings.with(
              Map.of("crawl.allow-networks", "127.0.0.0/8", "crawl.politeness.enabled", "false"),
              "local store");
    }
    return CrawlCommand.crawl(settings, workDir, List.of(new StoreTarget("fdroid-v2", repo)), null);
  }

  private static String seconds(Duration d) {
    return String.format("%.1f s", d.toMillis() / 1000.0);
  }
}
