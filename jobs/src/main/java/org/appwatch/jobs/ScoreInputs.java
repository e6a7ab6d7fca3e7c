package org.appwatch.jobs;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What the score job reads for one crawl, one row per listed app ({@code store} + {@code
 * package_name}): the listing's fields, the stored APK's {@code apk-features/v1} report and the
 * linked policy's {@code policy-features/v1} analysis (null when missing). The policy is joined on
 * the URL the listing named ({@code requested_url}), whichever store's partition holds it, since a
 * policy page is fetched once per crawl. The history and peer jobs read the same rows, so that
 * every job sees an app as the rules do.
 */
final class ScoreInputs {
  private static final String APK_SCHEMA =
      "store STRING, packageName STRING, sha256 STRING, apkFile STRING, warcRecordId STRING";

  private ScoreInputs() {}

  static Dataset<Row> of(SparkSession spark, Path workDir, String crawlId) {
    Optional<Dataset<Row>> policies = partition(spark, workDir, PolicyFeaturesJob.DATASET, crawlId);
    Dataset<Row> policy =
        policies.isPresent()
            ? policies
                .get()
                .select(
                    col("requested_url").as("policy_url"),
                    col("crawl_status").as("policy_crawl_status"),
                    col("url").as("policy_final_url"),
                    col("warc_record_id").as("policy_warc"),
                    col("analysis_json"))
                .dropDuplicates("policy_url")
            : spark
                .emptyDataFrame()
                .selectExpr(
                    "CAST(NULL AS STRING) policy_url",
                    "CAST(NULL AS STRING) policy_crawl_status",
                    "CAST(NULL AS STRING) policy_final_url",
                    "CAST(NULL AS STRING) policy_warc",
                    "CAST(NULL AS STRING) analysis_json");
    return withApks(spark, workDir, crawlId).join(policy, new String[] {"policy_url"}, "left");
  }

  /**
   * The listed apps with their stored APK and its {@code apk-features/v1} row ({@code report_json},
   * {@code permissions}, {@code version_code}, {@code version_name}; null when not analysed),
   * without the policy: what the peer counts need.
   */
  static Dataset<Row> withApks(SparkSession spark, Path workDir, String crawlId) {
    Dataset<Row> listings =
        CrawlRecords.listings(spark, workDir, crawlId)
            .dropDuplicates("store", "packageName")
            .select(
                col("store"),
                col("packageName").as("package_name"),
                col("url").as("listing_url"),
                col("warcRecordId").as("listing_warc"),
                col("fields.title").as("title"),
                col("fields.developer").as("developer"),
                col("fields.category").as("category"),
                col("fields.installs").as("installs"),
                col("fields.policyUrl").as("policy_url"),
                // A store whose configuration reads no policy field (F-Droid) says nothing either
                // way.
                col("fields.policyUrl")
                    .isNotNull()
                    .or(array_contains(col("missingFields"), "policyUrl"))
                    .as("policy_field_shown"));
    Dataset<Row> apks =
        spark
            .read()
            .schema(APK_SCHEMA)
            .json(CrawlApks.records(workDir, crawlId).toString())
            .filter(col("sha256").isNotNull().and(col("apkFile").isNotNull()))
            .dropDuplicates("store", "packageName")
            .select(
                col("store"),
                col("packageName").as("package_name"),
                col("sha256").as("apk_sha256"),
                col("apkFile").as("apk_file"),
                col("warcRecordId").as("apk_warc"));
    Dataset<Row> apps = listings.join(apks, new String[] {"store", "package_name"}, "left");
    Optional<Dataset<Row>> features = partition(spark, workDir, ApkFeaturesJob.DATASET, crawlId);
    return features.isPresent()
        ? apps.join(
            features
                .get()
                .select("apk_sha256", "report_json", "permissions", "version_code", "version_name")
                .dropDuplicates("apk_sha256"),
            new String[] {"apk_sha256"},
            "left")
        : apps.selectExpr(
            "*",
            "CAST(NULL AS STRING) report_json",
            "CAST(NULL AS ARRAY<STRING>) permissions",
            "CAST(NULL AS BIGINT) version_code",
            "CAST(NULL AS STRING) version_name");
  }

  /** The crawl's partition of a dataset, if a job wrote it. */
  static Optional<Dataset<Row>> partition(
      SparkSession spark, Path workDir, String dataset, String crawlId) {
    Path dir = CrawlApks.partition(workDir, dataset, crawlId);
    if (!hasData(spark, dir)) {
      return Optional.empty();
    }
    // basePath keeps the store folder as a column although only one crawl's folder is read.
    return Optional.of(spark.read().option("basePath", dir.toString()).parquet(dir.toString()));
  }

  /** True when {@code dir} holds a Parquet file: a job that wrote no rows leaves none. */
  static boolean hasData(SparkSession spark, Path dir) {
    try {
      return Publish.hasData(spark.sparkContext().hadoopConfiguration(), Publish.local(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
