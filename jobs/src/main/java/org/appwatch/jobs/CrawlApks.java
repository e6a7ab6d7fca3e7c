package org.appwatch.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * A crawl's APK records ({@code crawl-apks/v1}, {@code crawls/<crawl_id>/apks.jsonl}) as the jobs
 * read them: only the fields they rely on, so the crawler may add others freely, and only the
 * records whose APK was stored.
 */
final class CrawlApks {
  private static final String SCHEMA =
      "crawlId STRING, store STRING, packageName STRING, sha256 STRING, apkFile STRING";

  private CrawlApks() {}

  /**
   * @throws IllegalArgumentException when the id could escape the work directory
   */
  static void checkCrawlId(String crawlId) {
    if (crawlId == null || !crawlId.matches("[A-Za-z0-9_.-]+") || crawlId.matches("\\.+")) {
      throw new IllegalArgumentException("crawl id must be letters, digits, '_', '.' or '-'");
    }
  }

  static Path records(Path workDir, String crawlId) {
    return workDir.resolve("crawls").resolve(crawlId).resolve("apks.jsonl");
  }

  /** Where a job writes its partition of {@code dataset} for the crawl. */
  static Path partition(Path workDir, String dataset, String crawlId) {
    return workDir.resolve("datasets").resolve(dataset).resolve("crawl_id=" + crawlId);
  }

  /**
   * @throws IllegalArgumentException when the crawl has no records file
   */
  static void requireRecords(Path workDir, String crawlId) {
    if (!Files.isRegularFile(records(workDir, crawlId))) {
      throw new IllegalArgumentException(
          "no APK records for crawl '" + crawlId + "' at " + records(workDir, crawlId));
    }
  }

  /** Records with a stored APK: {@code crawlId, store, packageName, sha256, apkFile}. */
  static Dataset<Row> stored(SparkSession spark, Path workDir, String crawlId) {
    return spark
        .read()
        .schema(SCHEMA)
        .json(records(workDir, crawlId).toString())
        .filter(functions.col("apkFile").isNotNull());
  }
}
