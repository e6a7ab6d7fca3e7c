package org.appwatch.jobs.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.appwatch.jobs.ApkFeaturesJob;
import org.appwatch.jobs.ApkManifestJob;
import org.appwatch.jobs.CrawlFixture;
import org.appwatch.localstore.corpus.Corpus;

/**
 * Times each Spark job in local mode over crawls of N local-store apps and prints the cost per app
 * and how it grows with N. Usage: {@code JobsBenchmark [--apps 1000,10000] [--cores 2] [--work-dir
 * DIR]}. The APKs are written to a fresh work directory first (not timed as a job); one Spark
 * session serves every size, after a warm-up run over 50 apps.
 */
public final class JobsBenchmark {

  private record Timing(int apps, long listings, double manifestSeconds, double featuresSeconds) {}

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
      run(spark, root.resolve("warm-up"), 50);
      List<Timing> timings = new ArrayList<>();
      for (int apps : sizes) {
        timings.add(run(spark, root.resolve("apps-" + apps), apps));
      }
      print(timings, cores);
    } finally {
      spark.stop();
    }
  }

  private static Timing run(SparkSession spark, Path workDir, int apps) throws Exception {
    String crawl = "bench";
    long t0 = System.nanoTime();
    new CrawlFixture(workDir, crawl).addCorpus(new Corpus(apps, 42, 0), apps).write();
    System.out.printf("%,d apps: APKs written in %.1f s%n", apps, seconds(t0));
    long t1 = System.nanoTime();
    new ApkManifestJob(spark, new ApkManifestJob.Options(workDir, crawl)).execute();
    double manifest = seconds(t1);
    long t2 = System.nanoTime();
    ApkFeaturesJob.Result features =
        new ApkFeaturesJob(
                spark, new ApkFeaturesJob.Options(workDir, crawl, Duration.ofMinutes(2), 0))
            .execute();
    double featureSeconds = seconds(t2);
    System.out.printf(
        "%,d apps: apk-manifest %.1f s, apk-features %.1f s (%s)%n",
        apps, manifest, featureSeconds, features);
    return new Timing(apps, features.rows(), manifest, featureSeconds);
  }

  private static void print(List<Timing> timings, int cores) {
    System.out.println();
    System.out.printf(
        "local[%d], %d available processors%n", cores, Runtime.getRuntime().availableProcessors());
    System.out.println("| apps | listings | job | time | ms per app | growth vs previous size |");
    System.out.println("|---:|---:|---|---:|---:|---|");
    Timing previous = null;
    for (Timing t : timings) {
      row(
          t,
          "apk-manifest",
          t.manifestSeconds(),
          previous == null ? null : previous.manifestSeconds(),
          previous);
      row(
          t,
          "apk-features",
          t.featuresSeconds(),
          previous == null ? null : previous.featuresSeconds(),
          previous);
      previous = t;
    }
  }

  private static void row(Timing t, String job, double s, Double before, Timing previous) {
    String growth =
        before == null
            ? "-"
            : String.format(
                "%.2f× time for %.1f× apps", s / before, t.apps() / (double) previous.apps());
    System.out.printf(
        "| %,d | %,d | %s | %.1f s | %.1f | %s |%n",
        t.apps(), t.listings(), job, s, 1000 * s / t.apps(), growth);
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
