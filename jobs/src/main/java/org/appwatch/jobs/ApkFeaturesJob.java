package org.appwatch.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.appwatch.model.Settings;
import org.appwatch.scoring.apk.ApkAnalyzer;

/**
 * Analyses every APK a crawl stored and writes the {@code apk-features/v1} dataset (docs/
 * datasets.md): Parquet under {@code datasets/apk-features/crawl_id=<id>/store=<store>/}, one row
 * per stored listing. An APK listed by several stores is analysed once and its row repeated per
 * listing. Each APK gets at most {@link Options#timeout()}; a slow or failing APK is a row with an
 * error code, never a failed job. Shuffles twice (dedup, join), both over the small crawl records,
 * not over APK bytes. A failed run leaves the previous partition in place; a re-run replaces it.
 */
public final class ApkFeaturesJob {

  /** The dataset's name under {@code datasets/}. */
  public static final String DATASET = "apk-features";

  /**
   * What the job needs; validated on construction.
   *
   * @param timeout the most one APK may take
   * @param partitions tasks the distinct APKs are spread over; 0 means four per core
   */
  public record Options(Path workDir, String crawlId, Duration timeout, int partitions) {
    public Options {
      Objects.requireNonNull(workDir, "workDir");
      CrawlApks.checkCrawlId(crawlId);
      BoundedAnalysis.checkOptions(timeout, partitions, "APK");
    }

    /** Options from resolved settings ({@code work.dir}, {@code jobs.apk-features.*}). */
    public static Options from(Settings settings, String crawlId) {
      return new Options(
          settings.getPath("work.dir").toAbsolutePath(),
          crawlId,
          settings.getDuration("jobs.apk-features.timeout"),
          settings.getInt("jobs.apk-features.partitions"));
    }

    Path output() {
      return CrawlApks.partition(workDir, DATASET, crawlId);
    }
  }

  /**
   * The job's outcome.
   *
   * @param rows rows written, one per stored listing
   * @param apks distinct APKs analysed
   * @param errors rows whose APK has a fatal error code (unreadable, timeout, analyser failure)
   */
  public record Result(Path output, long rows, long apks, long errors) {}

  private final SparkSession spark;
  private final Options options;
  private final ApkAnalysis analysis;

  /**
   * @throws IllegalArgumentException when the crawl has no APK records
   */
  public ApkFeaturesJob(SparkSession spark, Options options) {
    this(spark, options, ApkAnalyzer::analyze);
  }

  ApkFeaturesJob(SparkSession spark, Options options, ApkAnalysis analysis) {
    this.spark = spark;
    this.options = options;
    this.analysis = analysis;
    CrawlApks.requireRecords(options.workDir(), options.crawlId());
  }

  /** Analyses the crawl's APKs and publishes its partition. */
  public Result execute() throws IOException {
    spark
        .sparkContext()
        .setJobGroup(DATASET, "Analyse the APKs of crawl " + options.crawlId(), false);
    try {
      Dataset<Row> listings = listings();
      Publish.crawlPartition(perListing(listings, analysed(distinctApks(listings))), output());
      Row counts =
          spark
              .read()
              .parquet(output().toString())
              .agg(
                  functions.count(functions.lit(1)),
                  functions.countDistinct(col("apk_sha256")),
                  functions.count(col("error_code")))
              .first();
      return new Result(output(), counts.getLong(0), counts.getLong(1), counts.getLong(2));
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  private Path output() {
    return options.output();
  }

  private Dataset<Row> listings() {
    return CrawlApks.stored(spark, options.workDir(), options.crawlId())
        .filter(col("sha256").isNotNull());
  }

  /** One row per APK file; round-robin over a fixed number of tasks, which AQE keeps. */
  private Dataset<Row> distinctApks(Dataset<Row> listings) {
    int partitions =
        options.partitions() > 0
            ? options.partitions()
            : 4 * spark.sparkContext().defaultParallelism();
    return listings.select("sha256", "apkFile").dropDuplicates("sha256").repartition(partitions);
  }

  private Dataset<Row> analysed(Dataset<Row> apks) {
    String workDir = options.workDir().toAbsolutePath().toString();
    Duration timeout = options.timeout();
    ApkAnalysis analyser = analysis;
    MapPartitionsFunction<Row, Row> analyse =
        partition -> BoundedAnalysis.rows(partition, Path.of(workDir), analyser, timeout);
    return apks.mapPartitions(analyse, Encoders.row(ApkFeaturesSchema.FEATURES));
  }

  private static Dataset<Row> perListing(Dataset<Row> listings, Dataset<Row> features) {
    Dataset<Row> keys =
        listings.select(
            col("store"), col("packageName").as("package_name"), col("sha256").as("apk_sha256"));
    return keys.join(features, "apk_sha256").select(columns());
  }

  private static Column[] columns() {
    List<Column> out = new ArrayList<>();
    out.add(col("package_name"));
    for (String name : ApkFeaturesSchema.FEATURES.fieldNames()) {
      out.add(col(name));
    }
    out.add(col("store"));
    return out.toArray(Column[]::new);
  }
}
