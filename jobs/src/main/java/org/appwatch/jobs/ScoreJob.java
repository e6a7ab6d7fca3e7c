package org.appwatch.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * Turns a crawl's evidence into verdicts: per listed app, the listing, its {@code apk-features/v1}
 * report and its policy's {@code policy-features/v1} analysis, with its {@code history/v1} row
 * (changes since its latest earlier crawl) and its store category's {@code peers/v1} rates,
 * assessed by the rule engine ({@code AppAssessor}); writes {@code findings/v1} (one row per app
 * and rule) and {@code scores/v1} (one row per app, with its spot-check priority over the whole
 * crawl). Run after the feature, history and peers jobs; an app whose APK or policy was not
 * analysed is assessed without it (its rules answer {@code unknown}). Shuffles the crawl's small
 * records (joins) and sorts the apps once for the priority. Each dataset's partition is published
 * atomically.
 */
public final class ScoreJob {

  public static final String FINDINGS = "findings";
  public static final String SCORES = "scores";
  static final String GROUP = "score";

  /**
   * The job's outcome.
   *
   * @param previousCrawlId the latest earlier crawl any app was compared with, or null
   * @param apps rows of {@code scores/v1}
   * @param findings rows of {@code findings/v1}
   */
  public record Result(
      Path scores, Path findings, String previousCrawlId, long apps, long findingRows) {}

  private final SparkSession spark;
  private final CrawlJobOptions options;

  /**
   * @throws IllegalArgumentException when the crawl has no listings or no APK records, or the
   *     history or peers job has not written the crawl's partition
   */
  public ScoreJob(SparkSession spark, CrawlJobOptions options) {
    this.spark = spark;
    this.options = options;
    options.requireListingsAndApks();
    for (String dataset : List.of(HistoryJob.DATASET, PeersJob.DATASET)) {
      Path partition = CrawlApks.partition(options.workDir(), dataset, options.crawlId());
      if (!Files.isDirectory(partition)) {
        throw new IllegalArgumentException(
            "no "
                + dataset
                + "/v1 partition for crawl '"
                + options.crawlId()
                + "' at "
                + partition
                + ": run the "
                + dataset
                + " job first");
      }
    }
  }

  public Result execute() throws IOException {
    String crawlId = options.crawlId();
    Path workDir = options.workDir();
    spark.sparkContext().setJobGroup(GROUP, "Assess the apps of crawl " + crawlId, false);
    Dataset<Row> ranked = null;
    try {
      Dataset<Row> apps = withHistory(ScoreInputs.of(spark, workDir, crawlId));
      String previousId =
          apps.selectExpr("max(history.previous_crawl_id)").as(Encoders.STRING()).first();
      AppScoring.Peers peers = PeersJob.read(spark, workDir, crawlId);
      MapFunction<Row, Row> assess = app -> AppScoring.assess(app, crawlId, peers);
      ranked =
          apps.map(assess, Encoders.row(ScoreSchema.ASSESSED))
              .withColumn("priority", row_number().over(Window.orderBy(ORDER)))
              .persist(StorageLevel.MEMORY_AND_DISK());
      Path scores = CrawlApks.partition(workDir, SCORES, crawlId);
      Path findings = CrawlApks.partition(workDir, FINDINGS, crawlId);
      Publish.crawlPartition(scores(ranked, crawlDate(crawlId)), scores);
      Publish.crawlPartition(findings(ranked), findings);
      long appRows =
          ScoreInputs.hasData(spark, scores) ? spark.read().parquet(scores.toString()).count() : 0;
      long findingRows =
          ScoreInputs.hasData(spark, findings)
              ? spark.read().parquet(findings.toString()).count()
              : 0;
      return new Result(scores, findings, previousId, appRows, findingRows);
    } finally {
      if (ranked != null) {
        ranked.unpersist();
      }
      spark.sparkContext().clearJobGroup();
    }
  }

  /** {@code SpotCheckRanking}'s order: risk, then items in violation, then store and package. */
  private static final Column[] ORDER = {
    col("risk_score").desc(), col("violations").desc(), col("store"), col("package_name")
  };

  /** Adds the app's {@code history/v1} row as a struct column {@code history} (null if none). */
  private Dataset<Row> withHistory(Dataset<Row> current) {
    Optional<Dataset<Row>> rows =
        ScoreInputs.partition(spark, options.workDir(), HistoryJob.DATASET, options.crawlId());
    Dataset<Row> history =
        rows.isPresent() ? rows.get() : spark.createDataFrame(List.<Row>of(), HistoryRows.SCHEMA);
    Dataset<Row> keyed =
        history.select(
            col("store").as("h_store"),
            col("package_name").as("h_package"),
            struct(
                    Arrays.stream(HistoryRows.SCHEMA.fieldNames())
                        .map(c -> col(c))
                        .toArray(Column[]::new))
                .as("history"));
    return current
        .join(
            keyed,
            current
                .col("store")
                .equalTo(keyed.col("h_store"))
                .and(current.col("package_name").equalTo(keyed.col("h_package"))),
            "left")
        .drop("h_store", "h_package");
  }

  private static Dataset<Row> scores(Dataset<Row> ranked, LocalDate crawlDate) {
    List<Column> out = new ArrayList<>();
    for (String name : ScoreSchema.SCORES) {
      out.add(
          name.equals("crawl_date")
              ? (crawlDate == null ? lit(null).cast("date") : lit(java.sql.Date.valueOf(crawlDate)))
                  .as("crawl_date")
              : col(name));
    }
    out.add(col("store"));
    return ranked.select(out.toArray(Column[]::new));
  }

  private static Dataset<Row> findings(Dataset<Row> ranked) {
    List<Column> out = new ArrayList<>();
    out.add(col("package_name"));
    for (String name : ScoreSchema.FINDING.fieldNames()) {
      out.add(col("f." + name).as(name));
    }
    out.add(col("store"));
    return ranked
        .select(col("package_name"), col("store"), explode(col("findings")).as("f"))
        .select(out.toArray(Column[]::new));
  }

  /** The day the crawl started, from its id ({@code yyyyMMdd'T'HHmmss'Z'}); null otherwise. */
  static LocalDate crawlDate(String crawlId) {
    try {
      return LocalDate.parse(crawlId.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      return null;
    }
  }
}
