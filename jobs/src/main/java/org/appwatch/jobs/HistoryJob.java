package org.appwatch.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Compares every app listed in a crawl with the same app (store + package) in the latest earlier
 * crawl that listed it, over any number of crawls: an app missing from crawl 2 but listed in 1 and
 * 3 is compared 3 with 1. Writes {@code history/v1}, one row per listed app (first appearances
 * included, with no previous crawl); the facts come from scoring's {@code HistoryDiff}, so they are
 * the facts the history rules (M2.2, M3.5, M4.3) read. Needs the feature jobs of both crawls; an
 * app whose APK was not analysed in either crawl has {@code compared} false.
 */
public final class HistoryJob {

  public static final String DATASET = "history";
  static final String GROUP = "history";

  /**
   * The job's outcome.
   *
   * @param apps rows written, one per listed app
   * @param compared apps whose two crawls could be compared
   * @param latestPrevious the latest earlier crawl any app was compared with, or null
   */
  public record Result(Path output, long apps, long compared, String latestPrevious) {}

  private final SparkSession spark;
  private final CrawlJobOptions options;

  /**
   * @throws IllegalArgumentException when the crawl has no listings or no APK records
   */
  public HistoryJob(SparkSession spark, CrawlJobOptions options) {
    this.spark = spark;
    this.options = options;
    options.requireListingsAndApks();
  }

  public Result execute() throws IOException {
    String crawlId = options.crawlId();
    spark
        .sparkContext()
        .setJobGroup(GROUP, "Compare crawl " + crawlId + " with earlier ones", false);
    try {
      Dataset<Row> apps = withPrevious(ScoreInputs.of(spark, options.workDir(), crawlId));
      MapFunction<Row, Row> compare = app -> HistoryRows.compare(app, crawlId);
      Path output = CrawlApks.partition(options.workDir(), DATASET, crawlId);
      Publish.crawlPartition(apps.map(compare, Encoders.row(HistoryRows.SCHEMA)), output);
      if (!ScoreInputs.hasData(spark, output)) {
        return new Result(output, 0, 0, null);
      }
      Row counts =
          spark
              .read()
              .parquet(output.toString())
              .selectExpr("count(*)", "count_if(compared)", "max(previous_crawl_id)")
              .first();
      return new Result(output, counts.getLong(0), counts.getLong(1), counts.getString(2));
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  /**
   * Adds {@code previous_crawl_id} (the latest earlier crawl listing the app) and that crawl's
   * {@link ScoreInputs} row as the struct {@code previous}; both null on a first appearance.
   */
  private Dataset<Row> withPrevious(Dataset<Row> current) throws IOException {
    List<String> earlier = earlierCrawls(options.workDir(), options.crawlId());
    if (earlier.isEmpty()) {
      return firstAppearances(current);
    }
    String[] files =
        earlier.stream()
            .map(id -> CrawlRecords.file(options.workDir(), id, CrawlRecords.LISTINGS).toString())
            .toArray(String[]::new);
    Dataset<Row> latest =
        spark
            .read()
            .schema("crawlId STRING, store STRING, packageName STRING")
            .json(files)
            .filter(col("crawlId").isin((Object[]) earlier.toArray(String[]::new)))
            .groupBy(col("store"), col("packageName").as("package_name"))
            .agg(max("crawlId").as("previous_crawl_id"));
    List<String> referenced =
        latest.select("previous_crawl_id").distinct().as(Encoders.STRING()).collectAsList();
    Dataset<Row> previous = null;
    for (String id : referenced) {
      Dataset<Row> inputs = ScoreInputs.of(spark, options.workDir(), id);
      Dataset<Row> keyed =
          inputs.select(
              col("store").as("p_store"),
              col("package_name").as("p_package"),
              lit(id).as("p_crawl"),
              struct(Arrays.stream(inputs.columns()).map(c -> col(c)).toArray(Column[]::new))
                  .as("previous"));
      previous = previous == null ? keyed : previous.unionByName(keyed);
    }
    if (previous == null) {
      return firstAppearances(current);
    }
    Dataset<Row> withId = current.join(latest, new String[] {"store", "package_name"}, "left");
    return withId
        .join(
            previous,
            withId
                .col("store")
                .equalTo(previous.col("p_store"))
                .and(withId.col("package_name").equalTo(previous.col("p_package")))
                .and(withId.col("previous_crawl_id").equalTo(previous.col("p_crawl"))),
            "left")
        .drop("p_store", "p_package", "p_crawl");
  }

  private static Dataset<Row> firstAppearances(Dataset<Row> current) {
    return current
        .withColumn("previous_crawl_id", lit(null).cast("string"))
        .withColumn("previous", lit(null).cast(current.schema()));
  }

  /** The crawls before {@code crawlId} with listings and APK records in the work directory. */
  static List<String> earlierCrawls(Path workDir, String crawlId) throws IOException {
    Path crawls = workDir.resolve("crawls");
    if (!Files.isDirectory(crawls)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(crawls)) {
      return dirs.map(p -> p.getFileName().toString())
          .filter(id -> id.matches("[A-Za-z0-9_.-]+") && id.compareTo(crawlId) < 0)
          .filter(id -> Files.isRegularFile(CrawlRecords.file(workDir, id, CrawlRecords.LISTINGS)))
          .filter(id -> Files.isRegularFile(CrawlApks.records(workDir, id)))
          .sorted()
          .toList();
    }
  }
}
