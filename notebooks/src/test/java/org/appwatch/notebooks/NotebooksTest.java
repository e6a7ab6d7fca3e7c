package org.appwatch.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executes every notebook headless with Jupyter and the appwatch kernel over one real work
 * directory (a crawl of a 30-app local store and the jobs), then checks that no cell failed and
 * that the figures the notebooks print are the ones the datasets hold, computed here independently.
 */
class NotebooksTest {

  private static final Duration CELL_TIMEOUT = Duration.ofMinutes(3);

  @TempDir static Path tmp;
  private static Path workDir;
  private static SparkSession spark;
  private static List<Row> scores;
  private static String crawlId;

  @BeforeAll
  static void buildWorkDir() throws Exception {
    assumeTrue(
        NotebookRun.jupyterAvailable(),
        "jupyter nbconvert is not installed (dev/install-test-tools installs it): notebooks not run");
    workDir = tmp.resolve("work");
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("NotebooksTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    long start = System.nanoTime();
    crawlId = WorkDirFixture.build(spark, workDir, 30, 42);
    System.out.printf(
        "work directory (crawl and jobs): %.1f s%n", (System.nanoTime() - start) / 1e9);
    // Collecting a DATE needs JVM flags on Java 17; the checks below do not need crawl_date.
    scores = read("scores").drop("crawl_date").collectAsList();
  }

  @AfterAll
  static void stopSpark() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static org.apache.spark.sql.Dataset<Row> read(String dataset) {
    return spark
        .read()
        .parquet(workDir.resolve("datasets").resolve(dataset).toString())
        .filter("crawl_id = '" + crawlId + "'");
  }

  private static List<NotebookRun.Cell> run(String notebook) throws Exception {
    Path dir = Path.of(System.getProperty("appwatch.notebooks.dir"));
    Path kernel = Path.of(System.getProperty("appwatch.notebooks.kernel"));
    long start = System.nanoTime();
    List<NotebookRun.Cell> cells =
        NotebookRun.execute(
            dir.resolve(notebook),
            kernel,
            tmp.resolve("out"),
            Map.of("APPWATCH_WORK_DIR", workDir.toString()),
            CELL_TIMEOUT);
    System.out.printf("%s executed: %.1f s%n", notebook, (System.nanoTime() - start) / 1e9);
    for (NotebookRun.Cell cell : cells) {
      assertEquals(List.of(), cell.errors(), cell.source());
    }
    return cells;
  }

  private static String stdout(List<NotebookRun.Cell> cells) {
    return cells.stream().map(NotebookRun.Cell::stdout).collect(Collectors.joining());
  }

  @Test
  void datasetsNotebookAnswersFromTheDatasets() throws Exception {
    String out = stdout(run("01-datasets.ipynb"));
    assertTrue(out.contains("latest crawl: " + crawlId), out);
    assertTrue(out.contains("scores: " + scores.size() + " apps"), out);

    Map<String, Row> riskiest = new TreeMap<>();
    Comparator<Row> risk =
        Comparator.<Row>comparingDouble(r -> -r.<Double>getAs("risk_score"))
            .thenComparing(r -> r.<String>getAs("package_name"));
    for (Row r : scores) {
      riskiest.merge(r.getAs("store"), r, (a, b) -> risk.compare(a, b) <= 0 ? a : b);
    }
    riskiest.forEach(
        (store, r) ->
            assertTrue(
                out.contains(
                    String.format(
                        "riskiest in %s: %s (%.4f)",
                        store, r.getAs("package_name"), r.<Double>getAs("risk_score"))),
                out));

    Map<String, Integer> violatedBy = new HashMap<>();
    for (Row r : scores) {
      for (Row item : r.<Row>getList(r.fieldIndex("items"))) {
        if ("violation".equals(item.getAs("verdict"))) {
          violatedBy.merge(item.getAs("item"), 1, Integer::sum);
        }
      }
    }
    String mostViolated =
        violatedBy.entrySet().stream()
            .min(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .orElseThrow()
            .getKey();
    assertTrue(
        out.contains(mostViolated + " violated by " + violatedBy.get(mostViolated) + " apps: "),
        out);

    Map<String, Set<String>> appsBySdk = new HashMap<>();
    for (Row r : read("apk-features").collectAsList()) {
      List<Row> sdks =
          r.isNullAt(r.fieldIndex("sdks")) ? List.of() : r.getList(r.fieldIndex("sdks"));
      for (Row sdk : sdks) {
        appsBySdk
            .computeIfAbsent(sdk.getAs("name"), k -> new HashSet<>())
            .add(r.getAs("store") + "/" + r.getAs("package_name"));
      }
    }
    int mostCommon = appsBySdk.values().stream().mapToInt(Set::size).max().orElseThrow();
    appsBySdk.forEach(
        (sdk, apps) -> {
          if (apps.size() == mostCommon) {
            assertTrue(out.contains("SDK " + sdk + " in " + mostCommon + " apps"), out);
          }
        });

    long aw007 =
        read("findings")
            .filter("rule_id = 'AW-007' AND verdict = 'violation'")
            .select("store", "package_name")
            .distinct()
            .count();
    assertTrue(out.contains(aw007 + " apps embed SDKs their policy does not name"), out);
    assertTrue(out.contains("matches the crawl record: true"), out);
  }

  @Test
  void searchNotebookIndexesAndQueriesTheApps() throws Exception {
    String out = stdout(run("02-search.ipynb"));
    assertTrue(out.contains("loaded " + scores.size() + " apps into appwatch-apps-v1-"), out);
    assertTrue(out.contains(scores.size() + " apps in the index"), out);

    Map<String, Integer> itemApps = new HashMap<>();
    for (Row r : scores) {
      r.<Row>getList(r.fieldIndex("items")).stream()
          .filter(i -> List.of("violation", "likely").contains(i.<String>getAs("verdict")))
          .map(i -> i.<String>getAs("item"))
          .distinct()
          .forEach(item -> itemApps.merge(item, 1, Integer::sum));
    }
    int top = itemApps.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertTrue(
        itemApps.entrySet().stream()
            .filter(e -> e.getValue() == top)
            .anyMatch(e -> out.matches("(?s).*\n  " + e.getKey() + " +" + top + "\n.*")),
        "the ITEM facet's first value counts " + top + " apps: " + out);

    java.util.regex.Matcher cancel =
        java.util.regex.Pattern.compile("注销账号: (\\d+) apps").matcher(out);
    assertTrue(cancel.find(), out);
    int hits = Integer.parseInt(cancel.group(1));
    assertTrue(hits > 0 && hits <= scores.size(), out);
  }
}
