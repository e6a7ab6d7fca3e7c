package org.appwatch.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.appwatch.localstore.corpus.Corpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submits the {@code -spark} jar to a real standalone master and worker on 127.0.0.1 and checks
 * that the jobs (APK manifests and features, peers, history of a first crawl) write exactly what
 * they write in local mode. Runs in {@code mvn verify} (after package, which builds the jar);
 * skipped when no jar was named.
 */
@Tag("cluster")
class ClusterSubmitTest {

  private static final String CRAWL = "20260101T000000Z";

  @TempDir Path dir;

  @Test
  void theSubmittedJobsWriteWhatLocalModeWrites() throws Exception {
    String jarProperty = System.getProperty("appwatch.jobs.jar");
    assumeTrue(jarProperty != null, "run by mvn verify, which builds the -spark jar first");
    Path jar = Path.of(jarProperty);
    assertTrue(Files.isRegularFile(jar), "the -spark jar exists: " + jar);
    long start = System.nanoTime();
    Path local = dir.resolve("local");
    Path cluster = dir.resolve("cluster");
    crawl(local);
    crawl(cluster);

    lap("crawl fixtures", start);
    try (StandaloneCluster spark = StandaloneCluster.start(dir, 2)) {
      lap("master and worker up", start);
      int exit =
          spark.submit(
              Duration.ofSeconds(300),
              List.of(
                  "--class",
                  SubmitMain.class.getName(),
                  "--conf",
                  "spark.executor.memory=1g",
                  "--conf",
                  "spark.driver.host=127.0.0.1",
                  "--conf",
                  "spark.driver.bindAddress=127.0.0.1",
                  "--conf",
                  "spark.ui.enabled=false",
                  "--conf",
                  "spark.appwatch.jobs.apk-features.partitions=3",
                  jar.toString(),
                  "apk-manifest",
                  "apk-features",
                  "peers",
                  "history",
                  "--work-dir",
                  cluster.toString(),
                  "--crawl-id",
                  CRAWL));
      assertEquals(0, exit, () -> diagnostics(spark));
      lap("spark-submit done", start);
      String out = Files.readString(spark.log("submit"));
      assertTrue(out.contains("apk-features: Result["), out);
      assertTrue(out.contains("history: Result["), out);
      assertFalse(
          Files.readString(spark.log("submit")).contains("local-"),
          "ran on the cluster, not in local mode");
    }

    SparkSession session =
        SparkSession.builder()
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    try {
      new ApkManifestJob(session, new ApkManifestJob.Options(local, CRAWL)).execute();
      new ApkFeaturesJob(
              session, new ApkFeaturesJob.Options(local, CRAWL, Duration.ofMinutes(2), 2))
          .execute();
      new PeersJob(session, new CrawlJobOptions(local, CRAWL)).execute();
      new HistoryJob(session, new CrawlJobOptions(local, CRAWL)).execute();
      lap("local mode done", start);
      for (String dataset :
          List.of("apk-manifest", ApkFeaturesJob.DATASET, PeersJob.DATASET, HistoryJob.DATASET)) {
        // Error messages may name the APK's path, which differs only by the work directory.
        List<String> expected = rows(session, local, dataset);
        List<String> actual = rows(session, cluster, dataset);
        assertTrue(expected.size() > 12, dataset + " has rows: " + expected.size());
        assertEquals(expected, actual, dataset);
      }
    } finally {
      session.stop();
    }
  }

  private static void lap(String what, long start) {
    System.out.printf("cluster test: %s after %.1f s%n", what, (System.nanoTime() - start) / 1e9);
  }

  private static List<String> rows(SparkSession session, Path workDir, String dataset) {
    return DatasetRows.sortedJson(session, workDir.resolve("datasets").resolve(dataset)).stream()
        .map(json -> json.replace(workDir.toString(), "<work>"))
        .toList();
  }

  private static String diagnostics(StandaloneCluster spark) {
    try {
      return spark.tail("submit") + "\n" + spark.executorLogs();
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }

  private static void crawl(Path workDir) {
    new CrawlFixture(workDir, CRAWL)
        .addCorpus(new Corpus(12, 3, 0), 12)
        .addFile("cn", "org.example.broken", "not an apk".getBytes())
        .write();
  }
}
