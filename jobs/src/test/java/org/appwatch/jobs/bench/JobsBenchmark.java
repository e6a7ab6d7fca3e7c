package org.appwatch.jobs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.appwatch.jobs.ApkFeaturesJob;
import org.appwatch.jobs.ApkManifestJob;
import org.appwatch.jobs.CrawlJobOptions;
import org.appwatch.jobs.HistoryJob;
import org.appwatch.jobs.LocalCrawl;
import org.appwatch.jobs.PeersJob;
import org.appwatch.jobs.PolicyFeaturesJob;
import org.appwatch.jobs.ScoreJob;

/**
 * Times every Spark job in local mode over a real crawl of an N-app local store (its three formats)
 * and prints the cost per app and how it grows with N. Usage: {@code JobsBenchmark [--apps
 * 1000,10000] [--cores 2] [--work-dir DIR]}. The store prepares its APKs and the crawl runs first
 * (timed apart, not as a job); one Spark session serves every size, after a warm-up over 50 apps.
 */
public final class JobsBenchmark {

  private static final List<String> JOBS =
      List.of("apk-manifest", "apk-features", "policy-features", "history", "peers", "score");

  private record Timing(int apps, long listings, Map<String, Double> seconds) {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = List.of(1000, 10000);
    int cores = 2;
    Path root = null;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--apps" ->
            sizes = List.of(args[i + 1].split(",")).stream().map(Integer::valueOf).toList();
        case "--cores" -> cores = Integer.parseInt(args[i + 1]);
        case "--work-dir" -> root = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    root = root == null ? Files.createTempDirectory("appwatch-bench") : root;
    SparkSession spark =
        SparkSession.builder()
            .master("local[" + cores + "]")
            .appName("JobsBenchmark")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", String.valueOf(4 * cores))
            .getOrCreate();
    try {
      run(spark, root.resolve("warm-up"), 50, cores);
      List<Timing> timings = new ArrayList<>();
      for (int apps : sizes) {
        timings.add(run(spark, root.resolve("apps-" + apps), apps, cores));
      }
      print(timings, cores);
    } finally {
      spark.stop();
    }
  }

  private static Timing run(SparkSession spark, Path workDir, int apps, int cores)
      throws Exception {
    long t0 = System.nanoTime();
    String crawl = LocalCrawl.crawl(workDir, apps, 42, 0, cores).crawlId();
    System.out.printf("%,d apps: store prepared and crawled in %.1f s%n", apps, seconds(t0));
    Duration timeout = Duration.ofMinutes(2);
    Map<String, Double> seconds = new LinkedHashMap<>();
    time(
        seconds,
        "apk-manifest",
        () -> new ApkManifestJob(spark, new ApkManifestJob.Options(workDir, crawl)).execute());
    ApkFeaturesJob.Result features =
        time(
            seconds,
            "apk-features",
            () ->
                new ApkFeaturesJob(spark, new ApkFeaturesJob.Options(workDir, crawl, timeout, 0))
                    .execute());
    time(
        seconds,
        "policy-features",
        () ->
            new PolicyFeaturesJob(spark, new PolicyFeaturesJob.Options(workDir, crawl, timeout, 0))
                .execute());
    CrawlJobOptions options = new CrawlJobOptions(workDir, crawl);
    time(seconds, "history", () -> new HistoryJob(spark, options).execute());
    time(seconds, "peers", () -> new PeersJob(spark, options).execute());
    time(seconds, "score", () -> new ScoreJob(spark, options).execute());
    System.out.printf("%,d apps: %s%n", apps, seconds);
    return new Timing(apps, features.rows(), seconds);
  }

  private static <T> T time(Map<String, Double> seconds, String job, Callable<T> work)
      throws Exception {
    long start = System.nanoTime();
    T result = work.call();
    seconds.put(job, seconds(start));
    return result;
  }

  private static void print(List<Timing> timings, int cores) {
    System.out.println();
    System.out.printf(
        "local[%d], %d available processors%n", cores, Runtime.getRuntime().availableProcessors());
    System.out.println("| apps | listings | job | time | ms per app | growth vs previous size |");
    System.out.println("|---:|---:|---|---:|---:|---|");
    Timing previous = null;
    for (Timing t : timings) {
      for (String job : JOBS) {
        row(t, job, previous);
      }
      row(t, "all jobs", previous);
      previous = t;
    }
  }

  private static void row(Timing t, String job, Timing previous) {
    double s = total(t, job);
    String growth =
        previous == null
            ? "-"
            : String.format(
                "%.2f× time for %.1f× apps",
                s / total(previous, job), t.apps() / (double) previous.apps());
    System.out.printf(
        "| %,d | %,d | %s | %.1f s | %.1f | %s |%n",
        t.apps(), t.listings(), job, s, 1000 * s / t.apps(), growth);
  }

  private static double total(Timing t, String job) {
    return job.equals("all jobs")
        ? t.seconds().values().stream().mapToDouble(Double::doubleValue).sum()
        : t.seconds().get(job);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
