package org.appwatch.jobs;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A crawl's JSON Lines records other than APKs ({@code crawl-listings/v1}, {@code
 * crawl-policies/v1}, {@code crawl-records/v1} in {@code crawls/<crawl_id>/}) as the jobs read
 * them: only the fields they rely on, so the crawler may add others freely.
 */
final class CrawlRecords {
  static final String LISTINGS = "listings.jsonl";
  static final String POLICIES = "policies.jsonl";
  static final String FETCHES = "fetches.jsonl";

  private static final String LISTING_SCHEMA =
      "store STRING, packageName STRING, url STRING, warcRecordId STRING, fields STRUCT<title:"
          + " STRING, developer: STRING, category: STRING, installs: STRING, policyUrl: STRING,"
          + " apkSha256: STRING>, missingFields ARRAY<STRING>";
  private static final String POLICY_SCHEMA =
      "store STRING, packageName STRING, url STRING, requestedUrl STRING, status STRING,"
          + " textSha256 STRING, payloadSha256 STRING, textFile STRING, warcFile STRING,"
          + " warcRecordId STRING";
  private static final String FETCH_SCHEMA =
      "warcRecordId STRING, warcOffset BIGINT, warcType STRING";

  private CrawlRecords() {}

  static Path file(Path workDir, String crawlId, String name) {
    return workDir.resolve("crawls").resolve(crawlId).resolve(name);
  }

  /**
   * @throws IllegalArgumentException when the crawl has no such records file
   */
  static void require(Path workDir, String crawlId, String name) {
    CrawlApks.checkCrawlId(crawlId);
    if (!Files.isRegularFile(file(workDir, crawlId, name))) {
      throw new IllegalArgumentException(
          "no " + name + " for crawl '" + crawlId + "' at " + file(workDir, crawlId, name));
    }
  }

  /** One row per store and package: the listing's fields the score job needs. */
  static Dataset<Row> listings(SparkSession spark, Path workDir, String crawlId) {
    return read(spark, workDir, crawlId, LISTINGS, LISTING_SCHEMA)
        .filter(col("packageName").isNotNull());
  }

  /** One row per policy URL fetched. */
  static Dataset<Row> policies(SparkSession spark, Path workDir, String crawlId) {
    return read(spark, workDir, crawlId, POLICIES, POLICY_SCHEMA);
  }

  /** The WARC offset of every response record: {@code warcRecordId, warcOffset}. */
  static Dataset<Row> responseOffsets(SparkSession spark, Path workDir, String crawlId) {
    if (!Files.isRegularFile(file(workDir, crawlId, FETCHES))) {
      return spark
          .emptyDataFrame()
          .selectExpr("CAST(NULL AS STRING) warcRecordId", "CAST(NULL AS BIGINT) warcOffset");
    }
    return read(spark, workDir, crawlId, FETCHES, FETCH_SCHEMA)
        .filter(col("warcType").equalTo("response").and(col("warcOffset").isNotNull()))
        .select("warcRecordId", "warcOffset")
        .dropDuplicates("warcRecordId");
  }

  private static Dataset<Row> read(
      SparkSession spark, Path workDir, String crawlId, String name, String schema) {
    return spark.read().schema(schema).json(file(workDir, crawlId, name).toString());
  }
}
