package org.appwatch.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
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
      if (crawlId == null || !crawlId.matches("[A-Za-z0-9_.-]+")) {
        throw new IllegalArgumentException("crawl id must be letters, digits, '_', '.' or '-'");
      }
    }

    Path apkRecords() {
      return workDir.resolve("crawls").resolve(crawlId).resolve("apks.jsonl");
    }

    Path output() {
      return workDir.resolve("datasets").resolve("apk-manifest").resolve("crawl_id=" + crawlId);
    }
  }

  /** The job's outcome. */
  public record Result(Path output, long apks, long unreadable) {}

  private final SparkSession spark;
  private final Options options;

  public ApkManifestJob(SparkSession spark, Options options) {
    this.spark = spark;
    this.options = options;
    if (!Files.isRegularFile(options.apkRecords())) {
      throw new IllegalArgumentException(
          "no APK records for crawl '" + options.crawlId() + "' at " + options.apkRecords());
    }
  }

  public Result execute() throws IOException {
    spark
        .sparkContext()
        .setJobGroup("apk-manifest", "Read APK manifests of crawl " + options.crawlId(), false);
    try {
      Dataset<ApkManifestRow> rows = manifests(storedApks()).cache();
      Path staging = options.output().resolveSibling("_staging-crawl_id=" + options.crawlId());
      rows.drop("crawlId")
          .write()
          .mode(SaveMode.Overwrite)
          .partitionBy("store")
          .parquet(staging.toString());
      long total = rows.count();
      long unreadable = rows.filter(functions.col("error").isNotNull()).count();
      rows.unpersist();
      Publish.replaceDirectory(staging, options.output());
      return new Result(options.output(), total, unreadable);
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  private Dataset<Row> storedApks() {
    return spark
        .read()
        .schema("crawlId STRING, store STRING, packageName STRING, sha256 STRING, apkFile STRING")
        .json(options.apkRecords().toString())
        .filter(functions.col("apkFile").isNotNull());
  }

  private Dataset<ApkManifestRow> manifests(Dataset<Row> apks) {
    String workDir = options.workDir().toAbsolutePath().toString();
    MapPartitionsFunction<Row, ApkManifestRow> read =
        partition -> readAll(partition, Path.of(workDir));
    return apks.mapPartitions(read, Encoders.bean(ApkManifestRow.class));
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
