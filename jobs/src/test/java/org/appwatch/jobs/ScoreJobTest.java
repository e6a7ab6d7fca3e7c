package org.appwatch.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.appwatch.crawler.run.CrawlResult;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.scoring.policy.PolicyAnalysisJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feature and score jobs on a real crawl of the local store (three store formats), and again on
 * a second crawl of the store's next epoch, so that history is compared.
 */
class ScoreJobTest {

  @TempDir static Path workDir;
  private static SparkSession spark;
  private static String first;
  private static String second;

  @BeforeAll
  static void crawlTwiceAndRunTheJobs() throws Exception {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("ScoreJobTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    first = runAll(LocalCrawl.crawl(workDir, 16, 7, 0));
    Thread.sleep(1100); // crawl ids have a resolution of one second
    second = runAll(LocalCrawl.crawl(workDir, 16, 7, 1));
  }

  private static String runAll(CrawlResult crawl) throws Exception {
    String id = crawl.crawlId();
    new ApkFeaturesJob(spark, new ApkFeaturesJob.Options(workDir, id, Duration.ofMinutes(1), 2))
        .execute();
    new PolicyFeaturesJob(
            spark, new PolicyFeaturesJob.Options(workDir, id, Duration.ofMinutes(1), 2))
        .execute();
    return id;
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
        Files.readAllLines(CrawlRecords.file(workDir, first, CrawlRecords.POLICIES)).size();
    List<Row> rows = read(PolicyFeaturesJob.DATASET, first).collectAsList();
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
        read(PolicyFeaturesJob.DATASET, first)
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
    for (String crawl : List.of(first, second)) {
      ScoreJob.Result result = new ScoreJob(spark, new ScoreJob.Options(workDir, crawl)).execute();
      assertEquals(crawl.equals(second) ? first : null, result.previousCrawlId());
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
    long changed = read(ScoreJob.SCORES, second).filter("changed_since_previous").count();
    long history =
        read(ScoreJob.FINDINGS, second)
            .selectExpr("explode(evidence) e")
            .filter("e.kind = 'history'")
            .count();
    assertTrue(history > 0, "the second crawl is compared with the first");
    assertTrue(changed >= 0);
  }

  @Test
  void aStoreWithoutAPolicyFieldLeavesM11UnknownWhileAMissingLinkIsAViolation() throws Exception {
    new ScoreJob(spark, new ScoreJob.Options(workDir, first)).execute();
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
    Corpus corpus = new Corpus(16, 7, 0);
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
