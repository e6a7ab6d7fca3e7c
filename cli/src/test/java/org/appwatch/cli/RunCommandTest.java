package org.appwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.appwatch.crawler.store.fdroid.FdroidIndexV2Reader;
import org.appwatch.crawler.store.fdroid.FdroidPackage;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import org.appwatch.publish.data.Datasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole job end to end: store, crawl, Spark jobs, scores, search index, spot checks, league
 * table; then {@code search} and {@code index} over what it left ({@link SearchChecks}).
 */
class RunCommandTest {

  @TempDir Path workDir;

  @Test
  void crawlsAStoreAndWritesTheManifestOfEveryApkItsIndexLists() throws Exception {
    try (LocalStore store = LocalStore.start(new StoreConfig(40, 11, 0, 0, Behaviour.none()))) {
      Map<String, FdroidPackage> index = index(store.fdroidRepo());
      assertTrue(index.size() >= 10, "the store lists a useful number of apps: " + index.size());

      // A repository on loopback must be allowed by configuration; politeness is for real stores.
      Path config = workDir.resolve("local.yaml");
      // The web and JSON stores too, for listings with descriptions and policies to search.
      Files.writeString(
          config,
          "crawl:\n  allow-networks: [127.0.0.0/8]\n  politeness.enabled: false\n"
              + "  stores: [\"web-play@"
              + store.webStore()
              + "\", \"cn-json@"
              + store.cnApi()
              + "\"]\n");
      int exit =
          run(
              "run",
              "--config",
              config.toString(),
              "--fdroid-repo",
              store.fdroidRepo().toString(),
              "--work-dir",
              workDir.toString());
      assertEquals(0, exit);

      try (var crawls = Files.list(workDir.resolve("crawls"))) {
        assertEquals(1, crawls.count());
      }
      SparkSession spark = SparkSession.builder().master("local[1]").getOrCreate();
      try {
        Map<String, Row> features = new HashMap<>();
        spark
            .read()
            .parquet(workDir.resolve("datasets/apk-features").toString())
            .filter("store = 'fdroid'")
            .collectAsList()
            .forEach(r -> features.put(r.getAs("package_name"), r));
        assertEquals(index.keySet(), features.keySet(), "apk-features has every stored APK");
        for (Row row : features.values()) {
          FdroidPackage listed = index.get(row.<String>getAs("package_name"));
          assertEquals(listed.apkSha256(), row.getAs("apk_sha256"));
          assertEquals(listed.packageName(), row.getAs("manifest_package"));
          assertEquals(listed.versionCode(), (long) row.<Long>getAs("version_code"));
          assertEquals(listed.targetSdk(), (int) row.<Integer>getAs("target_sdk"));
          assertEquals(
              listed.permissions(),
              row.getList(row.fieldIndex("permissions")),
              "the manifest read from the APK lists what the index promises");
          assertEquals("fdroid", row.getAs("store"));
          assertNull(row.getAs("error_code"), listed.packageName());
        }
        assertScoredAndPublished(spark, index.keySet());
        new SearchChecks(spark, workDir).check();
      } finally {
        spark.stop();
      }
    }
  }

  /** Every crawled app has a scores row and findings; the publish module reads them; a site. */
  private void assertScoredAndPublished(SparkSession spark, Set<String> apps) throws Exception {
    Set<String> scored = new HashSet<>();
    spark
        .read()
        .parquet(workDir.resolve("datasets/scores").toString())
        .filter("store = 'fdroid'")
        .select("package_name")
        .collectAsList()
        .forEach(r -> scored.add(r.getString(0)));
    assertEquals(apps, scored, "scores/v1 has every crawled app");
    Set<String> withFindings = new HashSet<>();
    spark
        .read()
        .parquet(workDir.resolve("datasets/findings").toString())
        .filter("store = 'fdroid'")
        .select("package_name")
        .distinct()
        .collectAsList()
        .forEach(r -> withFindings.add(r.getString(0)));
    assertEquals(apps, withFindings, "findings/v1 has every crawled app");
    Datasets datasets = new Datasets(workDir);
    var crawl = datasets.load(datasets.resolveCrawl(null));
    assertEquals(
        apps.size(), crawl.scores().stream().filter(s -> s.store().equals("fdroid")).count());
    for (var app : crawl.scores()) {
      assertEquals(31, app.items().size(), "the roll-up has every Method item");
    }
    assertTrue(Files.isRegularFile(workDir.resolve("site/index.html")));
    assertTrue(Files.isRegularFile(workDir.resolve("reports/spot-checks/spot-checks.csv")));
  }

  @Test
  void badSettingsExitWithTwoAndNameTheProblem() throws Exception {
    Path config = workDir.resolve("bad.yaml");
    Files.writeString(config, "crawl:\n  treads: 3\n");
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    assertEquals(
        2, cli.execute("run", "--config", config.toString(), "--work-dir", workDir.toString()));
    assertTrue(err.toString().contains("crawl.treads"), err.toString());
  }

  @Test
  void anUnreachableRepositoryFailsWithOneAndAMessage() throws Exception {
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    int exit =
        cli.execute(
            "run", "--fdroid-repo", "http://127.0.0.1:9/repo/", "--work-dir", workDir.toString());
    assertEquals(1, exit);
    assertTrue(err.toString().contains("127.0.0.1:9"), err.toString());
  }

  private static int run(String... args) {
    return Main.commandLine().execute(args);
  }

  private static Map<String, FdroidPackage> index(URI repo) throws Exception {
    List<FdroidPackage> packages = new ArrayList<>();
    try (InputStream in = repo.resolve("index-v2.json").toURL().openStream()) {
      new FdroidIndexV2Reader().read(in, packages::add);
    }
    Map<String, FdroidPackage> byName = new HashMap<>();
    packages.forEach(p -> byName.put(p.packageName(), p));
    return byName;
  }
}
