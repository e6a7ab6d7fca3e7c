package org.appwatch.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code search} and {@code index} on the work directory {@code run} (with its index stage) left:
 * what search answers is checked against the Parquet datasets, read with Spark, which wrote them.
 * Each command starts the embedded node over the same data (5-15 s), so the checks share few
 * commands: the first search also shows that search needs no reload after {@code run}.
 */
final class SearchChecks {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SparkSession spark;
  private final Path workDir;
  private final Dataset<Row> scores;

  record Run(int exit, String out, String err) {}

  SearchChecks(SparkSession spark, Path workDir) {
    this.spark = spark;
    this.workDir = workDir;
    this.scores = spark.read().parquet(workDir.resolve("datasets/scores").toString());
  }

  /** All checks, in an order that reuses what the run indexed before re-indexing. */
  void check() throws Exception {
    facetsAndOrderAreThoseOfTheDatasets();
    reindexingReplacesTheIndicesAndSearchFindsPolicyWordsWithFilters();
  }

  private void facetsAndOrderAreThoseOfTheDatasets() throws Exception {
    JsonNode all = search("--format", "json", "--size", "1000", "--facets", "1000");
    assertEquals(scores.count(), all.get("total").asLong());
    assertEquals(counts(scores.groupBy("store").count()), facet(all, "store"));

    Dataset<Row> apps = scores.select("store", "package_name");
    Dataset<Row> sdks =
        spark
            .read()
            .parquet(workDir.resolve("datasets/apk-features").toString())
            .select(col("store"), col("package_name"), explode(col("sdks.name")).as("sdk"))
            .distinct()
            .join(apps, new String[] {"store", "package_name"});
    Map<String, Long> sdkCounts = counts(sdks.groupBy("sdk").count());
    assertFalse(sdkCounts.isEmpty(), "the store's APKs embed SDKs");
    assertEquals(sdkCounts, facet(all, "sdk"), "apps per SDK");

    Dataset<Row> items =
        scores
            .select(col("store"), col("package_name"), explode(col("items")).as("i"))
            .select("store", "package_name", "i.item", "i.verdict");
    assertEquals(
        counts(
            items.select("store", "package_name", "verdict").distinct().groupBy("verdict").count()),
        facet(all, "verdict"),
        "apps per rolled-up verdict");
    assertEquals(
        counts(items.filter(col("verdict").isin("violation", "likely")).groupBy("item").count()),
        facet(all, "item"),
        "apps per item (likely) violated");

    Map<String, Double> risk = new HashMap<>();
    scores
        .select("store", "package_name", "risk_score")
        .collectAsList()
        .forEach(
            r -> risk.put(r.getAs("store") + ":" + r.getAs("package_name"), r.getAs("risk_score")));
    double previous = Double.MAX_VALUE;
    for (JsonNode hit : all.get("hits")) {
      double score = hit.get("risk_score").asDouble();
      assertEquals(
          risk.get(hit.get("store").asText() + ":" + hit.get("package_name").asText()), score);
      assertTrue(score <= previous, "riskiest first");
      previous = score;
    }
  }

  private void reindexingReplacesTheIndicesAndSearchFindsPolicyWordsWithFilters() throws Exception {
    String crawlId = scores.select("crawl_id").first().getString(0);
    Run index = run("index", "--crawl-id", crawlId, "--work-dir", workDir.toString());
    assertEquals(0, index.exit(), index.err());
    long findings = spark.read().parquet(workDir.resolve("datasets/findings").toString()).count();
    assertTrue(
        index.out().matches("(?s).*appwatch-apps +" + scores.count() + " documents.*"),
        index.out());
    assertTrue(
        index
            .out()
            .matches("(?s).*appwatch-findings +" + String.format("%,d", findings) + " documents.*"),
        index.out());

    Set<String> expected = appsWhosePolicySays("注销", "cnapi");
    assertFalse(expected.isEmpty(), "some cnapi policies explain account deletion");
    Run table =
        run("search", "注销", "--store", "cnapi", "--size", "100", "--work-dir", workDir.toString());
    assertEquals(0, table.exit(), table.err());
    assertTrue(
        table.out().contains(expected.size() + " apps match \"注销\" (store=cnapi)"), table.out());
    for (String pkg : expected) {
      assertTrue(table.out().contains(" " + pkg + " "), pkg + " listed:\n" + table.out());
    }
    assertTrue(table.out().contains("policy: ") && table.out().contains("[注销]"), table.out());
    assertTrue(table.out().contains("store       cnapi " + expected.size()), table.out());
  }

  /** The apps of {@code store} whose linked policy text contains {@code word}, as store:package. */
  private Set<String> appsWhosePolicySays(String word, String store) throws Exception {
    Path crawl = workDir.resolve("crawls").resolve(scores.select("crawl_id").first().getString(0));
    Dataset<Row> listings =
        spark
            .read()
            .json(crawl.resolve("listings.jsonl").toString())
            .select(col("store"), col("packageName"), col("fields.policyUrl").as("url"));
    Dataset<Row> policies =
        spark
            .read()
            .json(crawl.resolve("policies.jsonl").toString())
            .filter(col("textFile").isNotNull())
            .select(col("requestedUrl").as("url"), col("textFile"))
            .dropDuplicates("url");
    Set<String> apps = new HashSet<>();
    for (Row r :
        listings.filter(col("store").equalTo(store)).join(policies, "url").collectAsList()) {
      if (Files.readString(workDir.resolve(r.<String>getAs("textFile"))).contains(word)) {
        apps.add(r.getAs("packageName"));
      }
    }
    return apps;
  }

  private static Map<String, Long> counts(Dataset<Row> grouped) {
    Map<String, Long> counts = new TreeMap<>();
    grouped.collectAsList().forEach(r -> counts.put(r.getString(0), r.getLong(1)));
    return counts;
  }

  private static Map<String, Long> facet(JsonNode result, String name) {
    Map<String, Long> counts = new TreeMap<>();
    result
        .get("facets")
        .get(name)
        .forEach(v -> counts.put(v.get("value").asText(), v.get("count").asLong()));
    return counts;
  }

  private JsonNode search(String... args) throws Exception {
    String[] all = new String[args.length + 3];
    all[0] = "search";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--work-dir";
    all[args.length + 2] = workDir.toString();
    Run r = run(all);
    assertEquals(0, r.exit(), r.err());
    return JSON.readTree(r.out());
  }

  static Run run(String... args) {
    PrintStream out = System.out;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
    try {
      var cli = Main.commandLine();
      cli.setOut(new PrintWriter(System.out, true));
      cli.setErr(new PrintWriter(new PrintStream(e, true, StandardCharsets.UTF_8), true));
      int exit = cli.execute(args);
      return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      out.print(o.toString(StandardCharsets.UTF_8));
    }
  }
}
