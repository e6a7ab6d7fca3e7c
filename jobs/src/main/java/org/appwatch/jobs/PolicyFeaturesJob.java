package org.appwatch.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
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

/**
 * Analyses every policy page a crawl fetched and writes the {@code policy-features/v1} dataset
 * (docs/datasets.md): one row per policy record of {@code crawls/<id>/policies.jsonl}, partitioned
 * by the store that linked it first. Each distinct page (by its payload's SHA-256, else its text's)
 * is analysed once, from the page kept in the WARC (else the extracted text), within {@link
 * Options#timeout()}; a slow or failing policy is a row with an error code, never a failed job.
 * Pages that were not fetched (dead, failed) have a row with null analysis columns. Shuffles the
 * small records twice (dedup, join). A failed run leaves the previous partition in place; a re-run
 * replaces it.
 */
public final class PolicyFeaturesJob {

  /** The dataset's name under {@code datasets/}. */
  public static final String DATASET = "policy-features";

  /** Crawl statuses with a page to analyse; {@code dead} and {@code failed} have none. */
  static final List<String> ANALYSABLE = List.of("ok", "no-text", "not-html");

  static final String UNREADABLE = "UNREADABLE";

  /**
   * What the job needs; validated on construction.
   *
   * @param timeout the most one policy may take
   * @param partitions tasks the distinct policies are spread over; 0 means four per core
   */
  public record Options(Path workDir, String crawlId, Duration timeout, int partitions) {
    public Options {
      Objects.requireNonNull(workDir, "workDir");
      CrawlApks.checkCrawlId(crawlId);
      BoundedAnalysis.checkOptions(timeout, partitions, "policy");
    }

    /** Options from resolved settings ({@code work.dir}, {@code jobs.policy-features.*}). */
    public static Options from(Settings settings, String crawlId) {
      return new Options(
          settings.getPath("work.dir").toAbsolutePath(),
          crawlId,
          settings.getDuration("jobs.policy-features.timeout"),
          settings.getInt("jobs.policy-features.partitions"));
    }
  }

  /**
   * The job's outcome.
   *
   * @param rows rows written, one per policy record
   * @param policies distinct policy texts analysed
   * @param errors rows whose analysis has an error code (unreadable, timeout, analyser failure)
   */
  public record Result(Path output, long rows, long policies, long errors) {}

  private final SparkSession spark;
  private final Options options;

  /**
   * @throws IllegalArgumentException when the crawl has no policy records file
   */
  public PolicyFeaturesJob(SparkSession spark, Options options) {
    this.spark = spark;
    this.options = options;
    CrawlRecords.require(options.workDir(), options.crawlId(), CrawlRecords.POLICIES);
  }

  /** Analyses the crawl's policies and publishes its partition. */
  public Result execute() throws IOException {
    spark
        .sparkContext()
        .setJobGroup(DATASET, "Analyse the policies of crawl " + options.crawlId(), false);
    try {
      Path output = CrawlApks.partition(options.workDir(), DATASET, options.crawlId());
      Dataset<Row> records = records();
      Publish.crawlPartition(perRecord(records, analysed(distinct(records))), output);
      if (!ScoreInputs.hasData(spark, output)) {
        return new Result(output, 0, 0, 0); // the crawl fetched no policy (an F-Droid crawl)
      }
      Row counts =
          spark
              .read()
              .parquet(output.toString())
              .agg(
                  functions.count(lit(1)),
                  functions.countDistinct(col("analysis_key")),
                  functions.count(col("error_code")))
              .first();
      return new Result(output, counts.getLong(0), counts.getLong(1), counts.getLong(2));
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  /** Policy records with their WARC offset and the key their analysis is shared under. */
  private Dataset<Row> records() {
    Dataset<Row> offsets =
        CrawlRecords.responseOffsets(spark, options.workDir(), options.crawlId());
    Column analysable = col("status").isin(ANALYSABLE.toArray());
    return CrawlRecords.policies(spark, options.workDir(), options.crawlId())
        .join(offsets, "warcRecordId", "left")
        // The analyser reads the page as served: pages with the same text can still differ in
        // what it decides (every image-only, PDF-link and login-wall page has the empty text).
        .withColumn(
            "analysis_key", when(analysable, coalesce(col("payloadSha256"), col("textSha256"))));
  }

  private Dataset<Row> distinct(Dataset<Row> records) {
    int partitions =
        options.partitions() > 0
            ? options.partitions()
            : 4 * spark.sparkContext().defaultParallelism();
    return records
        .filter(col("analysis_key").isNotNull())
        .select("analysis_key", "url", "warcFile", "warcOffset", "textFile")
        .dropDuplicates("analysis_key")
        .repartition(partitions);
  }

  private Dataset<Row> analysed(Dataset<Row> policies) {
    String workDir = options.workDir().toString();
    String crawlId = options.crawlId();
    Duration timeout = options.timeout();
    MapPartitionsFunction<Row, Row> analyse =
        partition -> analyse(partition, Path.of(workDir), crawlId, timeout);
    return policies.mapPartitions(analyse, Encoders.row(PolicyFeaturesSchema.ANALYSIS));
  }

  private static Iterator<Row> analyse(
      Iterator<Row> policies, Path workDir, String crawlId, Duration timeout) {
    BoundedAnalysis bounded = BoundedAnalysis.of(timeout).closedWithTask();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return policies.hasNext();
      }

      @Override
      public Row next() {
        Row p = policies.next();
        String key = p.getAs("analysis_key");
        String url = p.getAs("url");
        return bounded.run(
            () -> {
              try {
                return PolicyFeatureRows.of(
                    key,
                    PolicyPages.analyse(
                        workDir,
                        crawlId,
                        url,
                        p.getAs("warcFile"),
                        p.getAs("warcOffset"),
                        p.getAs("textFile")));
              } catch (IOException e) {
                return PolicyFeatureRows.failure(key, UNREADABLE, e.getMessage());
              }
            },
            (code, message) -> PolicyFeatureRows.failure(key, code, message),
            url);
      }
    };
  }

  private static Dataset<Row> perRecord(Dataset<Row> records, Dataset<Row> analyses) {
    Dataset<Row> keys =
        records.select(
            col("store"),
            col("packageName").as("package_name"),
            col("url"),
            col("requestedUrl").as("requested_url"),
            col("status").as("crawl_status"),
            col("textSha256").as("policy_sha256"),
            col("payloadSha256").as("payload_sha256"),
            col("warcRecordId").as("warc_record_id"),
            col("analysis_key"));
    List<Column> out = new ArrayList<>();
    for (String name : RECORD_COLUMNS) {
      out.add(col(name));
    }
    for (String name : PolicyFeaturesSchema.ANALYSIS.fieldNames()) {
      if (!name.equals("analysis_key")) {
        out.add(col(name));
      }
    }
    out.add(col("store"));
    return keys.join(analyses, "analysis_key", "left").select(out.toArray(Column[]::new));
  }

  /** The record's columns, in the order docs/datasets.md lists them. */
  static final List<String> RECORD_COLUMNS =
      List.of(
          "package_name",
          "url",
          "requested_url",
          "crawl_status",
          "policy_sha256",
          "payload_sha256",
          "warc_record_id",
          "analysis_key");
}
