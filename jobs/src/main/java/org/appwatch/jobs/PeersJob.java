package org.appwatch.jobs;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Permission rates among the apps of the same category in the same store and crawl (M4.1): writes
 * {@code peers/v1}, per store, category and permission, the apps counted (listed with a category
 * and an analysed APK), how many request the permission and the rate. Two group-bys over the
 * crawl's listings joined to {@code apk-features/v1}; run after {@code ApkFeaturesJob}.
 */
public final class PeersJob {

  public static final String DATASET = "peers";
  static final String GROUP = "peers";

  /**
   * @param rows rows written, one per store, category and permission
   * @param categories store categories with at least one app counted
   */
  public record Result(Path output, long rows, long categories) {}

  private final SparkSession spark;
  private final CrawlJobOptions options;

  /**
   * @throws IllegalArgumentException when the crawl has no listings or no APK records
   */
  public PeersJob(SparkSession spark, CrawlJobOptions options) {
    this.spark = spark;
    this.options = options;
    options.requireListingsAndApks();
  }

  public Result execute() throws IOException {
    String crawlId = options.crawlId();
    spark.sparkContext().setJobGroup(GROUP, "Permission rates per category of " + crawlId, false);
    try {
      Dataset<Row> counted =
          ScoreInputs.withApks(spark, options.workDir(), crawlId)
              .filter(col("category").isNotNull().and(col("permissions").isNotNull()));
      Dataset<Row> perCategory =
          counted.groupBy("store", "category").agg(count(lit(1)).cast("int").as("apps"));
      Dataset<Row> perPermission =
          counted
              .select(
                  col("store"),
                  col("category"),
                  explode(array_distinct(col("permissions"))).as("permission"))
              .groupBy("store", "category", "permission")
              .agg(count(lit(1)).cast("int").as("apps_with_permission"));
      // A left join keeps a category whose apps request no permission at all (permission null).
      Dataset<Row> rows =
          perCategory
              .join(perPermission, new String[] {"store", "category"}, "left")
              .select(
                  col("category"),
                  col("permission"),
                  col("apps"),
                  coalesce(col("apps_with_permission"), lit(0)).as("apps_with_permission"),
                  coalesce(col("apps_with_permission"), lit(0))
                      .divide(col("apps"))
                      .cast("double")
                      .as("rate"),
                  col("store"));
      Path output = CrawlApks.partition(options.workDir(), DATASET, crawlId);
      Publish.crawlPartition(rows, output);
      if (!ScoreInputs.hasData(spark, output)) {
        return new Result(output, 0, 0);
      }
      Row counts =
          spark
              .read()
              .parquet(output.toString())
              .selectExpr("count(*)", "count(DISTINCT store, category)")
              .first();
      return new Result(output, counts.getLong(0), counts.getLong(1));
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  /**
   * The crawl's {@code peers/v1} partition as the rules' counts, collected on the driver (stores ×
   * categories × permissions is small); empty when the partition holds no rows.
   */
  static AppScoring.Peers read(SparkSession spark, Path workDir, String crawlId) {
    HashMap<String, Integer> apps = new HashMap<>();
    HashMap<String, HashMap<String, Integer>> permissionApps = new HashMap<>();
    Optional<Dataset<Row>> rows = ScoreInputs.partition(spark, workDir, DATASET, crawlId);
    if (rows.isPresent()) {
      for (Row r :
          rows.get()
              .select("store", "category", "permission", "apps", "apps_with_permission")
              .collectAsList()) {
        String key = AppScoring.Peers.key(r.getString(0), r.getString(1));
        apps.put(key, r.getInt(3));
        if (!r.isNullAt(2)) {
          permissionApps
              .computeIfAbsent(key, k -> new HashMap<>())
              .put(r.getString(2), r.getInt(4));
        }
      }
    }
    return new AppScoring.Peers(crawlId, apps, permissionApps);
  }
}
