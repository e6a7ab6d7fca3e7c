package org.appwatch.jobs;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What the score job reads for one crawl, one row per listed app ({@code store} + {@code
 * package_name}): the listing's fields, the stored APK's {@code apk-features/v1} report and the
 * linked policy's {@code policy-features/v1} analysis (null when missing). The policy is joined on
 * the URL the listing named ({@code requested_url}), whichever store's partition holds it, since a
 * policy page is fetched once per crawl.
 */
final class ScoreInputs {
  private static final String APK_SCHEMA =
      "store STRING, packageName STRING, sha256 STRING, apkFile STRING, warcRecordId STRING";

  private ScoreInputs() {}

  static Dataset<Row> of(SparkSession spark, Path workDir, String crawlId) {
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
    apps =
        features.isPresent()
            ? apps.join(
                features
                    .get()
                    .select("apk_sha256", "report_json", "permissions")
                    .dropDuplicates("apk_sha256"),
                new String[] {"apk_sha256"},
                "left")
            : apps.selectExpr(
                "*", "CAST(NULL AS STRING) report_json", "CAST(NULL AS ARRAY<STRING>) permissions");
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
    return apps.join(policy, new String[] {"policy_url"}, "left");
  }

  /** The crawl's partition of a dataset, if a job wrote it. */
  static Optional<Dataset<Row>> partition(
      SparkSession spark, Path workDir, String dataset, String crawlId) {
    Path dir = CrawlApks.partition(workDir, dataset, crawlId);
    if (!hasData(dir)) {
      return Optional.empty();
    }
    // basePath keeps the store folder as a column although only one crawl's folder is read.
    return Optional.of(spark.read().option("basePath", dir.toString()).parquet(dir.toString()));
  }

  /** True when {@code dir} holds a Parquet file: a job that wrote no rows leaves none. */
  static boolean hasData(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The latest crawl before {@code crawlId} whose APKs were analysed, or null: the crawl the
   * history rules compare with.
   */
  static String previousCrawl(Path workDir, String crawlId) throws IOException {
    Path features = workDir.resolve("datasets").resolve(ApkFeaturesJob.DATASET);
    if (!Files.isDirectory(features)) {
      return null;
    }
    try (Stream<Path> dirs = Files.list(features)) {
      return dirs.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("crawl_id="))
          .map(n -> n.substring("crawl_id=".length()))
          .filter(id -> id.compareTo(crawlId) < 0)
          .filter(id -> Files.isDirectory(workDir.resolve("crawls").resolve(id)))
          .max(String::compareTo)
          .orElse(null);
    }
  }

  /**
   * Counts for the peer rates (M4.1), with a group-by: per category, the apps with a readable
   * manifest and, per permission, how many of them request it. Collected on the driver (categories
   * × permissions is small).
   */
  static AppScoring.Peers peers(Dataset<Row> apps, String crawlId) {
    Dataset<Row> counted =
        apps.filter(col("category").isNotNull().and(col("permissions").isNotNull()));
    HashMap<String, Integer> perCategory = new HashMap<>();
    for (Row r : counted.groupBy("category").count().collectAsList()) {
      perCategory.put(r.getString(0), (int) r.getLong(1));
    }
    HashMap<String, HashMap<String, Integer>> perPermission = new HashMap<>();
    Dataset<Row> pairs =
        counted.select(col("category"), explode(array_distinct(col("permissions"))).as("p"));
    for (Row r : pairs.groupBy("category", "p").count().collectAsList()) {
      perPermission
          .computeIfAbsent(r.getString(0), k -> new HashMap<>())
          .put(r.getString(1), (int) r.getLong(2));
    }
    return new AppScoring.Peers(crawlId, perCategory, perPermission);
  }
}
