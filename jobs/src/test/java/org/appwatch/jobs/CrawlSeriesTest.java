package org.appwatch.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.scoring.policy.PolicyAnalysisJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every job on three real crawls of the local store (three store formats), of epochs 0, 1 and 2,
 * with one app dropped from the second crawl's listings so that the third compares it with the
 * first. History and peers are checked against the store's own model of each epoch.
 */
class CrawlSeriesTest {

  private static final int APPS = 16;
  // A seed whose epochs 1 and 2 add permissions and change policies silently and with a new date.
  private static final long SEED = 10;

  @TempDir static Path workDir;
  private static SparkSession spark;
  private static List<String> crawls;
  private static String dropped;

  @BeforeAll
  static void crawlThriceAndRunTheJobs() throws Exception {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("CrawlSeriesTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    List<String> ids = new java.util.ArrayList<>();
    for (int epoch = 0; epoch < 3; epoch++) {
      if (epoch > 0) {
        Thread.sleep(1100); // crawl ids have a resolution of one second
      }
      ids.add(features(LocalCrawl.crawl(workDir, APPS, SEED, epoch).crawlId()));
    }
    crawls = List.copyOf(ids);
    Set<String> inFirst = packages(crawls.get(0));
    dropped =
        packages(crawls.get(2)).stream()
            .filter(p -> inFirst.contains(p) && packages(crawls.get(1)).contains(p))
            .sorted()
            .findFirst()
            .orElseThrow();
    SeriesTruth.dropListings(workDir, crawls.get(1), dropped);
    for (String id : crawls) {
      new HistoryJob(spark, new CrawlJobOptions(workDir, id)).execute();
      new PeersJob(spark, new CrawlJobOptions(workDir, id)).execute();
    }
  }

  private static String features(String id) throws Exception {
    new ApkFeaturesJob(spark, new ApkFeaturesJob.Options(workDir, id, Duration.ofMinutes(1), 2))
        .execute();
    new PolicyFeaturesJob(
            spark, new PolicyFeaturesJob.Options(workDir, id, Duration.ofMinutes(1), 2))
        .execute();
    return id;
  }

  private static Set<String> packages(String crawlId) {
    try {
      return SeriesTruth.listed(workDir, crawlId).keySet().stream()
          .map(app -> app.substring(app.indexOf('/') + 1))
          .collect(Collectors.toSet());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static Dataset<Row> read(String dataset, String crawlId) {
    return spark
        .read()
        .parquet(workDir.resolve("datasets").resolve(dataset).toString())
        .filter("crawl_id = '" + crawlId + "'")
        // Collecting a DATE needs JVM flags on Java 17; its text is what is checked.
        .selectExpr("*")
        .transform(
            d ->
                d.columns().length > 0 && List.of(d.columns()).contains("crawl_date")
                    ? d.withColumn("crawl_date", d.col("crawl_date").cast("string"))
                    : d);
  }

  private static Set<String> listedApps(String crawlId) {
    return spark
        .read()
        .json(CrawlRecords.file(workDir, crawlId, CrawlRecords.LISTINGS).toString())
        .selectExpr("concat(store, '/', packageName)")
        .collectAsList()
        .stream()
        .map(r -> r.getString(0))
        .collect(Collectors.toSet());
  }

  @Test
  void policyFeaturesHaveARowPerPolicyRecordAndTheAnalysisAsJson() throws Exception {
    long records =
        Files.readAllLines(CrawlRecords.file(workDir, crawls.get(0), CrawlRecords.POLICIES)).size();
    List<Row> rows = read(PolicyFeaturesJob.DATASET, crawls.get(0)).collectAsList();
    assertEquals(records, rows.size());
    int ok = 0;
    for (Row r : rows) {
      if ("ok".equals(r.getAs("crawl_status"))) {
        ok++;
        assertNull(r.getAs("error_code"), (String) r.getAs("url"));
        String json = r.getAs("analysis_json");
        assertEquals(r.<String>getAs("status"), PolicyAnalysisJson.read(json).status().label());
        if ("ok".equals(r.getAs("status"))) {
          assertFalse(r.getList(r.fieldIndex("features")).isEmpty());
          assertNotNull(r.getAs("language"));
        }
      }
    }
    assertTrue(ok > 5, "the store serves readable policies: " + ok);
    List<Row> detections =
        read(PolicyFeaturesJob.DATASET, crawls.get(0))
            .selectExpr("explode(detections) d")
            .selectExpr("d.method_item", "d.char_start", "d.char_end", "d.sentence")
            .collectAsList();
    assertFalse(detections.isEmpty());
    for (Row d : detections) {
      assertTrue(d.getString(0).matches("M\\d\\.\\d"), d.getString(0));
      assertTrue(d.getInt(1) <= d.getInt(2));
    }
  }

  @Test
  void everyListedAppHasAScoreRowAndFindingsCiteRules() throws Exception {
    // The first crawl has no history; the third has (the second is scored like it).
    for (int i : new int[] {0, 2}) {
      String crawl = crawls.get(i);
      ScoreJob.Result result = new ScoreJob(spark, new CrawlJobOptions(workDir, crawl)).execute();
      assertEquals(i == 0 ? null : crawls.get(i - 1), result.previousCrawlId());
      Set<String> listed = listedApps(crawl);
      List<Row> scores = read(ScoreJob.SCORES, crawl).collectAsList();
      assertEquals(listed.size(), scores.size());
      assertEquals(
          listed,
          scores.stream()
              .map(r -> r.getAs("store") + "/" + r.getAs("package_name"))
              .collect(Collectors.toSet()));
      Set<Integer> priorities = new HashSet<>();
      for (Row r : scores) {
        assertEquals(31, r.getList(r.fieldIndex("items")).size());
        int counted =
            r.<Integer>getAs("violations")
                + r.<Integer>getAs("likely")
                + r.<Integer>getAs("unknown")
                + r.<Integer>getAs("manual_checks")
                + r.<Integer>getAs("passes");
        assertTrue(counted <= 31);
        priorities.add(r.getAs("priority"));
        assertEquals(ScoreJob.crawlDate(crawl).toString(), r.getAs("crawl_date"));
      }
      assertEquals(scores.size(), priorities.size(), "priorities are a ranking");
      assertTrue(priorities.contains(1) && priorities.contains(scores.size()));

      List<Row> findings = read(ScoreJob.FINDINGS, crawl).collectAsList();
      assertFalse(findings.isEmpty());
      for (Row f : findings) {
        assertTrue(f.<String>getAs("rule_id").matches("AW-\\d{3}"));
        assertTrue(Set.of("automated", "static-hint", "manual").contains(f.<String>getAs("kind")));
      }
      long violations =
          findings.stream().filter(f -> "violation".equals(f.getAs("verdict"))).count();
      assertTrue(violations > 0, "the local store's apps break rules");
    }
    // The score job read its history from history/v1: the same apps changed in both.
    Set<String> changed =
        apps(read(ScoreJob.SCORES, crawls.get(2)).filter("changed_since_previous"));
    Set<String> historyChanged =
        apps(
            read(HistoryJob.DATASET, crawls.get(2))
                .filter(
                    "size(permissions_added) > 0 OR size(sdks_added) > 0 OR policy_text_changed"));
    assertFalse(changed.isEmpty(), "the third crawl saw changes");
    assertEquals(historyChanged, changed);
    long history =
        read(ScoreJob.FINDINGS, crawls.get(2))
            .selectExpr("explode(evidence) e")
            .filter("e.kind = 'history'")
            .count();
    assertTrue(history > 0, "the third crawl is compared with earlier ones");
  }

  @Test
  void theScoreJobNeedsTheHistoryAndPeersPartitions(@TempDir Path other) throws Exception {
    String id = crawls.get(0);
    Path crawl = Files.createDirectories(other.resolve("crawls").resolve(id));
    for (Path f :
        List.of(
            CrawlRecords.file(workDir, id, CrawlRecords.LISTINGS),
            CrawlApks.records(workDir, id))) {
      Files.copy(f, crawl.resolve(f.getFileName()));
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ScoreJob(spark, new CrawlJobOptions(other, id)));
    assertTrue(e.getMessage().contains("run the history job first"), e.getMessage());
  }

  @Test
  void historyComparesEachAppWithItsLatestEarlierListingAsTheStoreChangedIt() throws Exception {
    int compared = 0;
    Map<String, Integer> seen = new HashMap<>(); // permissions added, silent and dated changes
    for (int epoch = 1; epoch < 3; epoch++) {
      String crawl = crawls.get(epoch);
      Corpus now = new Corpus(APPS, SEED, epoch);
      List<Row> rows = read(HistoryJob.DATASET, crawl).collectAsList();
      assertEquals(
          SeriesTruth.listed(workDir, crawl).keySet(), apps(read(HistoryJob.DATASET, crawl)));
      for (Row r : rows) {
        String app = r.getAs("store") + "/" + r.getAs("package_name");
        String previous = expectedPrevious(app, epoch);
        assertEquals(previous, r.getAs("previous_crawl_id"), app);
        if (!Boolean.TRUE.equals(r.getAs("compared"))) {
          continue;
        }
        compared++;
        int before = crawls.indexOf(previous);
        AppSpec spec = now.byPackage(r.getAs("package_name")).orElseThrow();
        AppSpec old =
            new Corpus(APPS, SEED, before).byPackage(r.getAs("package_name")).orElseThrow();
        Set<String> added = new HashSet<>(r.getList(r.fieldIndex("permissions_added")));
        assertEquals(SeriesTruth.permissionsAdded(old, spec), added, app);
        if (before == epoch - 1) {
          assertEquals(Set.copyOf(spec.history().permissionsAdded()), added, app);
        }
        seen.merge("permissions", added.isEmpty() ? 0 : 1, Integer::sum);
        assertEquals(spec.versionCode() != old.versionCode(), r.getAs("version_changed"), app);
        if (r.getAs("policy_sha256") != null && r.getAs("previous_policy_sha256") != null) {
          boolean changed = SeriesTruth.policyChanged(spec, before, epoch);
          assertEquals(changed, r.getAs("policy_text_changed"), app);
          boolean newDate = SeriesTruth.newDateShown(spec, before, epoch);
          assertEquals(newDate, r.getAs("policy_date_changed"), app);
          seen.merge("silent", changed && !newDate ? 1 : 0, Integer::sum);
          seen.merge("dated", newDate ? 1 : 0, Integer::sum);
        }
      }
    }
    assertTrue(compared > 20, "apps compared: " + compared);
    assertTrue(
        seen.get("permissions") > 0 && seen.get("silent") > 0 && seen.get("dated") > 0,
        seen.toString());
  }

  /** The crawl before {@code epoch} that lists {@code app}, from the listings files. */
  private static String expectedPrevious(String app, int epoch) throws Exception {
    for (int e = epoch - 1; e >= 0; e--) {
      if (SeriesTruth.listed(workDir, crawls.get(e)).containsKey(app)) {
        return crawls.get(e);
      }
    }
    return null;
  }

  @Test
  void anAppMissingFromTheSecondCrawlIsComparedWithTheFirst() {
    List<Row> rows =
        read(HistoryJob.DATASET, crawls.get(2))
            .filter(org.apache.spark.sql.functions.col("package_name").equalTo(dropped))
            .collectAsList();
    assertFalse(rows.isEmpty());
    for (Row r : rows) {
      assertEquals(crawls.get(0), r.getAs("previous_crawl_id"));
    }
    assertTrue(
        read(HistoryJob.DATASET, crawls.get(0)).filter("previous_crawl_id IS NOT NULL").isEmpty());
  }

  @Test
  void peerRatesAreTheDirectCountsPerStoreCategory() throws Exception {
    for (int epoch = 0; epoch < 3; epoch++) {
      String crawl = crawls.get(epoch);
      Corpus corpus = new Corpus(APPS, SEED, epoch);
      Map<String, AppSpec> specs = new HashMap<>();
      corpus.aliveIndices().forEach(i -> specs.put(corpus.app(i).packageName(), corpus.app(i)));
      Map<String, String> actual = new TreeMap<>();
      for (Row r : read(PeersJob.DATASET, crawl).collectAsList()) {
        int apps = r.getAs("apps");
        int with = r.getAs("apps_with_permission");
        assertEquals((double) with / apps, r.<Double>getAs("rate"), 1e-12);
        actual.put(
            r.getAs("store") + "|" + r.getAs("category") + "|" + r.getAs("permission"),
            apps + "/" + with);
      }
      assertEquals(SeriesTruth.peers(workDir, crawl, specs), actual, crawl);
    }
  }

  @Test
  void aReRunGivesTheSameOutputAndAFailedRunLeavesThePartition() throws Exception {
    String crawl = crawls.get(2);
    Path history = workDir.resolve("datasets").resolve(HistoryJob.DATASET);
    Path peers = workDir.resolve("datasets").resolve(PeersJob.DATASET);
    List<String> historyRows = DatasetRows.sortedJson(spark, history);
    List<String> peerRows = DatasetRows.sortedJson(spark, peers);
    new HistoryJob(spark, new CrawlJobOptions(workDir, crawl)).execute();
    new PeersJob(spark, new CrawlJobOptions(workDir, crawl)).execute();
    assertEquals(historyRows, DatasetRows.sortedJson(spark, history));
    assertEquals(peerRows, DatasetRows.sortedJson(spark, peers));

    // An unreadable apk-features file makes the job fail: the partitions stay as they were.
    Path features = CrawlApks.partition(workDir, ApkFeaturesJob.DATASET, crawl);
    Path bogus = features.resolve("store=fdroid").resolve("part-99999-bogus.parquet");
    Files.createDirectories(bogus.getParent());
    Files.writeString(bogus, "not parquet");
    try {
      assertThrows(
          Exception.class,
          () -> new HistoryJob(spark, new CrawlJobOptions(workDir, crawl)).execute());
    } finally {
      Files.delete(bogus);
    }
    assertEquals(historyRows, DatasetRows.sortedJson(spark, history));
    assertEquals(peerRows, DatasetRows.sortedJson(spark, peers));
  }

  @Test
  void theWrittenColumnsAreTheDocumentedContracts() throws Exception {
    for (String dataset : List.of(HistoryJob.DATASET, PeersJob.DATASET)) {
      List<String> written = List.of(read(dataset, crawls.get(2)).columns());
      assertEquals(DatasetRows.documentedColumns(dataset + "/v1"), written, dataset);
    }
  }

  private static Set<String> apps(Dataset<Row> rows) {
    return rows.selectExpr("concat(store, '/', package_name)").collectAsList().stream()
        .map(r -> r.getString(0))
        .collect(Collectors.toSet());
  }

  @Test
  void aStoreWithoutAPolicyFieldLeavesM11UnknownWhileAMissingLinkIsAViolation() throws Exception {
    String first = crawls.get(0);
    new ScoreJob(spark, new CrawlJobOptions(workDir, first)).execute();
    Dataset<Row> m11 =
        read(ScoreJob.SCORES, first)
            .selectExpr("store", "explode(items) i")
            .filter("i.item = 'M1.1'")
            .selectExpr("store", "i.verdict verdict");
    List<Row> fdroid = m11.filter("store = 'fdroid'").collectAsList();
    assertFalse(fdroid.isEmpty());
    // F-Droid's index has no privacy-policy field: its apps' M1.1 rests on no evidence.
    for (Row r : fdroid) {
      assertEquals("unknown", r.getAs("verdict"));
    }
    // The answer key: apps whose listings carry no link, or a link to a dead page.
    Corpus corpus = new Corpus(APPS, SEED, 0);
    Set<String> unpublished =
        corpus
            .aliveIndices()
            .mapToObj(corpus::app)
            .filter(a -> !a.policyLink().served())
            .map(AppSpec::packageName)
            .collect(Collectors.toSet());
    assertFalse(unpublished.isEmpty(), "the store has apps without a readable policy link");
    List<Row> linkedStores =
        read(ScoreJob.SCORES, first)
            .selectExpr("concat(store, '/', package_name) app", "explode(items) i")
            .filter("i.item = 'M1.1'")
            .selectExpr("app", "i.verdict verdict")
            .collectAsList();
    int checked = 0;
    for (Row r : linkedStores) {
      String app = r.getAs("app");
      if (!app.startsWith("fdroid/") && unpublished.contains(app.substring(app.indexOf('/') + 1))) {
        assertEquals("violation", r.getAs("verdict"), app);
        checked++;
      }
    }
    assertTrue(checked > 0);
  }
}
