package org.appwatch.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.appwatch.crawler.run.CrawlResult;
import org.appwatch.crawler.run.StoreTarget;
import org.appwatch.jobs.ApkFeaturesJob;
import org.appwatch.jobs.CrawlJobOptions;
import org.appwatch.jobs.HistoryJob;
import org.appwatch.jobs.PeersJob;
import org.appwatch.jobs.PolicyFeaturesJob;
import org.appwatch.jobs.ScoreJob;
import org.appwatch.jobs.SparkSessions;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.model.Settings;
import org.appwatch.publish.Publisher;
import org.appwatch.publish.spotcheck.SpotCheckQuery;
import org.appwatch.publish.spotcheck.SpotCheckWriter;
import org.appwatch.scoring.assess.eval.AccuracyFile;
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
      "Runs the whole job: crawl, analyse APKs and policies, score every app, index the results",
      "for `appwatch search`, write the spot-check list and the league-table site, and print",
      "where everything is.",
      "With no store configured (crawl.stores, crawl.fdroid.repo), it starts the local store and crawls its",
      "F-Droid repository, web store and JSON API."
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

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Apps on the spot-check list (default 50).")
  int top = 50;

  @Option(
      names = "--no-index",
      description = "Do not load the results into the search indices (as search.enabled: false).")
  boolean noIndex;

  private static final int STAGES = 7;

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
    if (noIndex) {
      options.put("search.enabled", "false");
    }
    Settings settings = settingsOptions.resolve(options);
    Path workDir = settings.getPath("work.dir").toAbsolutePath();
    try (RunIndexStage index = RunIndexStage.of(settings)) {
      return run(settings, workDir, index);
    }
  }

  private Integer run(Settings settings, Path workDir, RunIndexStage index) throws Exception {
    Stopwatch clock = new Stopwatch();

    System.out.println("appwatch run → " + workDir);
    CrawlResult crawl;
    Corpus localStore;
    try (LocalStore store = localStoreIfNeeded(settings)) {
      localStore = store == null ? null : store.corpus();
      List<StoreTarget> targets =
          store != null ? CrawlCommand.localTargets(store) : configuredTargets(settings);
      stage(1, "crawl " + targets.stream().map(t -> t.base().toString()).toList());
      crawl = crawl(settings, workDir, targets, store != null);
      if (crawl.listingsByStore().isEmpty()) {
        throw new java.io.IOException(
            "the crawl of " + targets + " found no apps; failures: " + crawl.failures());
      }
      done(clock, crawl.listingsByStore() + " listings, APKs " + crawl.apksByStatus());
    }
    String crawlId = crawl.crawlId();
    // The search node's 5-15 s start overlaps the Spark jobs.
    index.begin();

    ApkFeaturesJob.Result features;
    PolicyFeaturesJob.Result policies;
    ScoreJob.Result scores;
    try (SparkSession spark = SparkSessions.getOrCreate(settings)) {
      stage(2, "analyse APKs with Spark (" + settings.get("spark.master") + ")");
      features =
          new ApkFeaturesJob(spark, ApkFeaturesJob.Options.from(settings, crawlId)).execute();
      done(
          clock,
          features.apks()
              + " APKs analysed, "
              + features.rows()
              + " listings, "
              + features.errors()
              + " with errors");
      stage(3, "analyse privacy policies");
      policies =
          new PolicyFeaturesJob(spark, PolicyFeaturesJob.Options.from(settings, crawlId)).execute();
      done(
          clock,
          policies.policies()
              + " policy texts analysed, "
              + policies.rows()
              + " policy pages, "
              + policies.errors()
              + " with errors");
      stage(4, "compare with earlier crawls, count peers, assess every app");
      new HistoryJob(spark, CrawlJobOptions.from(settings, crawlId)).execute();
      new PeersJob(spark, CrawlJobOptions.from(settings, crawlId)).execute();
      scores = new ScoreJob(spark, CrawlJobOptions.from(settings, crawlId)).execute();
      done(
          clock,
          scores.apps()
              + " apps scored, "
              + scores.findingRows()
              + " findings"
              + (scores.previousCrawlId() == null
                  ? " (first crawl: no history)"
                  : ", compared with crawl " + scores.previousCrawlId()));
    }
    if (localStore != null) {
      List<AccuracyFile.ItemFigures> accuracy =
          RunAccuracy.measure(workDir, crawl.crawlDir(), crawlId, localStore);
      System.out.println(
          "      verdicts against the local store's answer key: "
              + accuracy.stream().filter(AccuracyFile.ItemFigures::meetsTarget).count()
              + " of "
              + accuracy.size()
              + " automated items reach precision 0.98 and recall 0.95 ("
              + workDir.resolve(RunAccuracy.FILE)
              + ")");
    }

    stage(5, index.what());
    done(clock, index.load(crawlId));

    Publisher publisher = new Publisher(workDir, CatalogueItems.load());
    stage(6, "write the spot-check list (top " + top + ")");
    Path spotDir = workDir.resolve("reports/spot-checks");
    Publisher.Result spot =
        publisher.spotChecks(
            crawlId,
            new SpotCheckQuery(top, null, null),
            EnumSet.allOf(SpotCheckWriter.Format.class),
            spotDir);
    done(clock, spot.apps() + " apps listed");
    stage(7, "publish the league table");
    Path siteDir = workDir.resolve("site");
    Publisher.Result site = publisher.publish(crawlId, siteDir);
    done(clock, site.files().size() + " files");

    System.out.println();
    System.out.println("Done in " + seconds(clock.total()) + ". Crawl " + crawlId + ":");
    System.out.println("  crawl records    " + crawl.crawlDir());
    System.out.println("  WARC evidence    " + workDir.resolve("warc").resolve(crawlId));
    System.out.println("  APK files        " + workDir.resolve("apks"));
    System.out.println("  apk-features     " + features.output());
    System.out.println("  policy-features  " + policies.output());
    System.out.println("  findings         " + scores.findings());
    System.out.println("  scores           " + scores.scores());
    System.out.println("  spot checks      " + spotDir);
    System.out.println("  league table     " + siteDir.resolve("index.html"));
    index.summary(workDir).forEach(System.out::println);
    return 0;
  }

  private static void stage(int n, String what) {
    System.out.println("[" + n + "/" + STAGES + "] " + what);
  }

  private static void done(Stopwatch clock, String what) {
    System.out.println("      " + what + " (" + seconds(clock.lap()) + ")");
  }

  /** Time of each stage and of the whole run. */
  private static final class Stopwatch {
    private final Instant start = Instant.now();
    private Instant last = start;

    Duration lap() {
      Instant now = Instant.now();
      Duration d = Duration.between(last, now);
      last = now;
      return d;
    }

    Duration total() {
      return Duration.between(start, Instant.now());
    }
  }

  /** The stores named by {@code crawl.stores}, plus {@code crawl.fdroid.repo} when set. */
  private static List<StoreTarget> configuredTargets(Settings settings) {
    List<StoreTarget> targets = new java.util.ArrayList<>();
    settings.getList("crawl.stores").forEach(s -> targets.add(StoreTarget.parse(s)));
    String fdroid = settings.get("crawl.fdroid.repo");
    if (!fdroid.isBlank()) {
      targets.add(new StoreTarget("fdroid-v2", URI.create(fdroid)));
    }
    return targets;
  }

  private static LocalStore localStoreIfNeeded(Settings settings) throws java.io.IOException {
    if (!configuredTargets(settings).isEmpty()) {
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

  private static CrawlResult crawl(
      Settings settings, Path workDir, List<StoreTarget> targets, boolean local)
      throws java.io.IOException {
    if (local) {
      // Our own store on loopback: allowed by configuration, and no need to be gentle with it.
      settings =
          settings.with(
              Map.of("crawl.allow-networks", "127.0.0.0/8", "crawl.politeness.enabled", "false"),
              "local store");
    }
    return CrawlCommand.crawl(settings, workDir, targets, null);
  }

  private static String seconds(Duration d) {
    return String.format("%.1f s", d.toMillis() / 1000.0);
  }
}
