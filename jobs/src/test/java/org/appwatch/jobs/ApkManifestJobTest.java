package org.appwatch.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.appwatch.localstore.apk.ApkSpec;
import org.appwatch.localstore.apk.ApkSpec.UsesPermission;
import org.appwatch.localstore.apk.ApkWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApkManifestJobTest {

  private static SparkSession spark;

  @TempDir Path workDir;

  @BeforeAll
  static void startSpark() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("ApkManifestJobTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static ApkSpec spec(String pkg, int targetSdk, List<String> permissions) {
    return new ApkSpec(
        pkg,
        3,
        "1.0.3",
        19,
        targetSdk,
        "Test",
        permissions.stream().map(p -> new UsesPermission(p, null)).toList(),
        List.of(),
        Map.of(),
        List.of(pkg + ".MainActivity"),
        Map.of(),
        new ApkSpec.SignerIdentity(1, 1, "Test Developer"));
  }

  private String store(String name, byte[] bytes) throws Exception {
    Path file = workDir.resolve("apks").resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return workDir.relativize(file).toString();
  }

  private void writeRecords(String crawlId, List<String> lines) throws Exception {
    Path records = workDir.resolve("crawls").resolve(crawlId).resolve("apks.jsonl");
    Files.createDirectories(records.getParent());
    Files.write(records, lines);
  }

  private static String record(String crawlId, String pkg, String apkFile) {
    String file = apkFile == null ? "null" : "\"" + apkFile + "\"";
    return "{\"crawlId\":\""
        + crawlId
        + "\",\"store\":\"fdroid\",\"packageName\":\""
        + pkg
        + "\",\"sha256\":\""
        + "0".repeat(64)
        + "\",\"apkFile\":"
        + file
        + "}";
  }

  @Test
  void writesOneRowPerStoredApkWithItsManifestFacts() throws Exception {
    ApkWriter writer = new ApkWriter();
    String camera =
        store(
            "camera.apk",
            writer.write(
                spec(
                    "org.example.camera",
                    22,
                    List.of("android.permission.CAMERA", "android.permission.INTERNET"))));
    String notes = store("notes.apk", writer.write(spec("org.example.notes", 34, List.of())));
    String broken = store("broken.apk", "this is not a zip archive".getBytes());
    writeRecords(
        "c1",
        List.of(
            record("c1", "org.example.camera", camera),
            record("c1", "org.example.notes", notes),
            record("c1", "org.example.broken", broken),
            record("c1", "org.example.missing", null)));

    ApkManifestJob.Result result =
        new ApkManifestJob(spark, new ApkManifestJob.Options(workDir, "c1")).execute();

    assertEquals(3, result.apks(), "the record without a stored APK is not read");
    assertEquals(1, result.unreadable());
    assertTrue(Files.isDirectory(result.output().resolve("store=fdroid")));
    Map<String, Row> rows =
        spark
            .read()
            .parquet(workDir.resolve("datasets/apk-manifest").toString())
            .collectAsList()
            .stream()
            .collect(Collectors.toMap(r -> r.getAs("packageName"), r -> r));
    Row cameraRow = rows.get("org.example.camera");
    assertEquals("c1", cameraRow.getAs("crawl_id"));
    assertEquals(22, (int) cameraRow.getAs("targetSdk"));
    assertEquals(19, (int) cameraRow.getAs("minSdk"));
    assertEquals(3L, (long) cameraRow.getAs("versionCode"));
    assertEquals(
        List.of("android.permission.CAMERA", "android.permission.INTERNET"),
        cameraRow.getList(cameraRow.fieldIndex("permissions")));
    assertNull(cameraRow.getAs("error"));
    Row brokenRow = rows.get("org.example.broken");
    assertNotNull(brokenRow.getAs("error"));
    assertNull(brokenRow.getAs("targetSdk"));
  }

  @Test
  void aReRunReplacesTheCrawlPartitionAndLeavesNoStaging() throws Exception {
    String notes =
        store("notes.apk", new ApkWriter().write(spec("org.example.notes", 34, List.of())));
    writeRecords("c2", List.of(record("c2", "org.example.notes", notes)));
    ApkManifestJob.Options options = new ApkManifestJob.Options(workDir, "c2");
    new ApkManifestJob(spark, options).execute();
    new ApkManifestJob(spark, options).execute();

    Path dataset = workDir.resolve("datasets/apk-manifest");
    assertEquals(1, spark.read().parquet(dataset.toString()).count());
    try (var entries = Files.list(dataset)) {
      assertEquals(List.of("crawl_id=c2"), entries.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void refusesACrawlWithoutRecordsAndABadCrawlId() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ApkManifestJob(spark, new ApkManifestJob.Options(workDir, "nothing-here")));
    assertThrows(
        IllegalArgumentException.class, () -> new ApkManifestJob.Options(workDir, "../escape"));
    assertFalse(Files.exists(workDir.resolve("datasets")));
  }
}
