package org.appwatch.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.scoring.apk.ApkAnalyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApkFeaturesJobTest {

  private static final AtomicInteger ANALYSED = new AtomicInteger();
  private static SparkSession spark;

  @TempDir Path workDir;

  @BeforeAll
  static void startSpark() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("ApkFeaturesJobTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private ApkFeaturesJob.Options options(String crawlId, Duration timeout) {
    return new ApkFeaturesJob.Options(workDir, crawlId, timeout, 3);
  }

  private Map<String, List<Row>> rowsByPackage() {
    return spark
        .read()
        .parquet(workDir.resolve("datasets/apk-features").toString())
        .collectAsList()
        .stream()
        .collect(Collectors.groupingBy(r -> r.<String>getAs("package_name")));
  }

  @Test
  void writesOneRowPerListingAndAnalysesEachApkOnce() throws Exception {
    Corpus corpus = new Corpus(12, 5, 0);
    new CrawlFixture(workDir, "c1")
        .addCorpus(corpus, 12)
        .addFile("fdroid", "org.example.broken", "not a zip".getBytes())
        .addMissing("web", "org.example.missing")
        .write();
    long listings = Files.readAllLines(CrawlApks.records(workDir, "c1")).size() - 1;
    ANALYSED.set(0);

    ApkFeaturesJob.Result result =
        new ApkFeaturesJob(
                spark,
                options("c1", Duration.ofMinutes(1)),
                apk -> {
                  ANALYSED.incrementAndGet();
                  return ApkAnalyzer.analyze(apk);
                })
            .execute();

    assertEquals(listings, result.rows());
    assertEquals(13, result.apks());
    assertEquals(13, ANALYSED.get(), "an APK listed by several stores is analysed once");
    assertEquals(1, result.errors());
    Map<String, List<Row>> rows = rowsByPackage();
    assertEquals("NOT_A_ZIP", rows.get("org.example.broken").get(0).getAs("error_code"));
    assertNull(rows.get("org.example.broken").get(0).getAs("target_sdk"));
    assertFalse(rows.containsKey("org.example.missing"));
    for (int i = 0; i < 12; i++) {
      AppSpec app = corpus.app(i);
      List<Row> perStore = rows.get(app.packageName());
      assertEquals(app.stores().size(), perStore.size(), app.packageName());
      Row row = perStore.get(0);
      assertEquals(app.packageName(), row.getAs("manifest_package"));
      assertEquals("c1", row.getAs("crawl_id"));
      assertEquals(app.targetSdk(), (int) row.<Integer>getAs("target_sdk"));
      assertEquals(app.versionCode(), (long) row.<Long>getAs("version_code"));
      assertEquals(
          app.permissions().stream().distinct().toList(),
          row.getList(row.fieldIndex("permissions")));
      assertTrue((boolean) row.getAs("signature_verified"), app.packageName());
      assertEquals(64, row.<String>getAs("signer_sha256").length());
      assertNull(row.getAs("error_code"));
      if (!app.sdks().isEmpty()) {
        List<Row> sdks = row.getList(row.fieldIndex("sdks"));
        assertFalse(sdks.isEmpty(), app.packageName() + " embeds " + app.sdks());
        assertTrue(sdks.stream().allMatch(s -> s.getAs("signal") != null));
      }
      Set<String> stores =
          perStore.stream().map(r -> r.<String>getAs("store")).collect(Collectors.toSet());
      assertEquals(app.stores().size(), stores.size());
      assertEquals(1, perStore.stream().map(ApkFeaturesJobTest::withoutStore).distinct().count());
    }
  }

  private static String withoutStore(Row row) {
    return row.json().replaceAll("\"store\":\"[a-z]+\",?", "");
  }

  @Test
  void aSlowOrFailingApkIsRecordedAndTheJobGoesOn() throws Exception {
    new CrawlFixture(workDir, "c2")
        .addFile("fdroid", "org.example.slow", "slow".getBytes())
        .addFile("fdroid", "org.example.boom", "boom".getBytes())
        .addCorpus(new Corpus(2, 5, 0), 2)
        .write();
    String slow = CrawlFixture.sha256("slow".getBytes());
    String boom = CrawlFixture.sha256("boom".getBytes());
    ApkAnalysis hostile =
        apk -> {
          if (apk.toString().contains(slow)) {
            try {
              Thread.sleep(600_000); // the worker is a daemon: it cannot hold the JVM
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          } else if (apk.toString().contains(boom)) {
            throw new OutOfMemoryError("simulated");
          }
          return ApkAnalyzer.analyze(apk);
        };

    long start = System.nanoTime();
    ApkFeaturesJob.Result result =
        new ApkFeaturesJob(spark, options("c2", Duration.ofSeconds(15)), hostile).execute();

    // Far below the ten minutes the slow APK would take: the job did not wait for it (the bound
    // leaves room for a busy machine).
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 240);
    assertEquals(2, result.errors());
    Map<String, List<Row>> rows = rowsByPackage();
    assertEquals(BoundedAnalysis.TIMEOUT, rows.get("org.example.slow").get(0).getAs("error_code"));
    assertEquals(
        List.of(BoundedAnalysis.TIMEOUT),
        rows.get("org.example.slow")
            .get(0)
            .getList(rows.get("org.example.slow").get(0).fieldIndex("error_codes")));
    Row failed = rows.get("org.example.boom").get(0);
    assertEquals(BoundedAnalysis.ANALYSER_FAILURE, failed.getAs("error_code"));
    assertTrue(failed.<String>getAs("error_message").contains("simulated"));
    assertEquals(4, result.apks());
  }

  @Test
  void aReRunGivesTheSameOutputAndLeavesNoStaging() throws Exception {
    new CrawlFixture(workDir, "c3").addCorpus(new Corpus(4, 9, 0), 4).write();
    ApkFeaturesJob.Options options = options("c3", Duration.ofMinutes(1));
    new ApkFeaturesJob(spark, options).execute();
    List<String> first = DatasetRows.sortedJson(spark, workDir.resolve("datasets/apk-features"));
    new ApkFeaturesJob(spark, options).execute();

    assertEquals(first, DatasetRows.sortedJson(spark, workDir.resolve("datasets/apk-features")));
    try (var entries = Files.list(workDir.resolve("datasets/apk-features"))) {
      assertEquals(List.of("crawl_id=c3"), entries.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void theWrittenColumnsAreTheDocumentedContract() throws Exception {
    new CrawlFixture(workDir, "c4").addCorpus(new Corpus(1, 1, 0), 1).write();
    new ApkFeaturesJob(spark, options("c4", Duration.ofMinutes(1))).execute();
    List<String> written =
        List.of(
            spark.read().parquet(workDir.resolve("datasets/apk-features").toString()).columns());
    assertEquals(DatasetRows.documentedColumns("apk-features/v1"), written);
  }

  @Test
  void refusesBadOptionsAndACrawlWithoutRecords() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ApkFeaturesJob(spark, options("nothing-here", Duration.ofSeconds(1))));
    assertThrows(IllegalArgumentException.class, () -> options("..", Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> options("c", Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ApkFeaturesJob.Options(workDir, "c", Duration.ofSeconds(1), -1));
    assertFalse(Files.exists(workDir.resolve("datasets")));
  }
}
