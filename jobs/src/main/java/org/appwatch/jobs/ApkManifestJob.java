package org.appwatch.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.appwatch.scoring.apk.ApkFormatException;
import org.appwatch.scoring.apk.ManifestFacts;
import org.appwatch.scoring.apk.ManifestReader;

/**
 * Reads the manifest of every APK a crawl stored and writes the {@code apk-manifest/v1} dataset:
 * Parquet under {@code datasets/apk-manifest/crawl_id=<id>/store=<store>/}. The crawl's partition
 * is written beside the dataset and moved into place only when complete, so a failed run leaves
 * nothing half-written for readers, and a re-run replaces the partition.
 */
public final class ApkManifestJob {

  /** What the job needs; validated on construction. */
  public record Options(Path workDir, String crawlId) {
    public Options {
      Objects.requireNonNull(workDir, "workDir");
      CrawlApks.checkCrawlId(crawlId);
    }

    Path output() {
      return CrawlApks.partition(workDir, "apk-manifest", crawlId);
    }
  }

  /** The job's outcome. */
  public record Result(Path output, long apks, long unreadable) {}

  private final SparkSession spark;
  private final Options options;

  /**
   * @throws IllegalArgumentException when the crawl has no APK records
   */
  public ApkManifestJob(SparkSession spark, Options options) {
    this.spark = spark;
    this.options = options;
    CrawlApks.requireRecords(options.workDir(), options.crawlId());
  }

  /** Reads every stored APK's manifest and publishes the crawl's partition. */
  public Result execute() throws IOException {
    spark
        .sparkContext()
        .setJobGroup("apk-manifest", "Read APK manifests of crawl " + options.crawlId(), false);
    try {
      Dataset<Row> stored = CrawlApks.stored(spark, options.workDir(), options.crawlId());
      Publish.crawlPartition(manifests(stored).drop("crawlId"), options.output());
      Row counts =
          spark
              .read()
              .parquet(options.output().toString())
              .agg(functions.count(functions.lit(1)), functions.count("error"))
              .first();
      return new Result(options.output(), counts.getLong(0), counts.getLong(1));
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  private Dataset<ApkManifestRow> manifests(Dataset<Row> apks) {
    String workDir = options.workDir().toAbsolutePath().toString();
    MapPartitionsFunction<Row, ApkManifestRow> read =
        partition -> readAll(partition, Path.of(workDir));
    // The records file is one small split; spread the reading of APKs over every core.
    int tasks = 4 * spark.sparkContext().defaultParallelism();
    return apks.repartition(tasks).mapPartitions(read, Encoders.bean(ApkManifestRow.class));
  }

  private static Iterator<ApkManifestRow> readAll(Iterator<Row> partition, Path workDir) {
    ManifestReader reader = new ManifestReader();
    List<ApkManifestRow> out = new ArrayList<>();
    while (partition.hasNext()) {
      Row apk = partition.next();
      ApkManifestRow row = new ApkManifestRow();
      row.setCrawlId(apk.getAs("crawlId"));
      row.setStore(apk.getAs("store"));
      row.setPackageName(apk.getAs("packageName"));
      row.setApkSha256(apk.getAs("sha256"));
      try {
        ManifestFacts facts = reader.read(workDir.resolve((String) apk.getAs("apkFile")));
        row.setVersionCode(facts.versionCode());
        row.setVersionName(facts.versionName());
        row.setMinSdk(facts.minSdk());
        row.setTargetSdk(facts.targetSdk());
        row.setPermissions(facts.permissions());
      } catch (ApkFormatException e) {
        row.setError(e.getMessage());
      }
      out.add(row);
    }
    return out.iterator();
  }
}
