package org.appwatch.jobs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.appwatch.model.Settings;
import org.appwatch.model.SettingsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The entry point of the {@code -spark} jar under {@code spark-submit}: {@code SubmitMain <job>...
 * --work-dir DIR --crawl-id ID}. Runs the named jobs in the given order in one Spark application
 * and prints each result. The master is whatever {@code spark-submit} was given; run without it,
 * Spark runs as {@code spark.master} says (local mode by default). Exit codes: 0 done, 1 a job
 * failed, 2 bad usage or settings.
 */
@Command(
    name = "appwatch-jobs",
    mixinStandardHelpOptions = true,
    description = "Runs appwatch's Spark jobs for one crawl.")
public final class SubmitMain implements Callable<Integer> {

  /** One job as the command runs it; the registry below is the list of jobs. */
  @FunctionalInterface
  interface Launch {
    Object run(SparkSession spark, Settings settings, String crawlId) throws IOException;
  }

  static final Map<String, Launch> JOBS = new LinkedHashMap<>();

  static {
    JOBS.put(
        "apk-manifest",
        (spark, settings, crawlId) ->
            new ApkManifestJob(spark, new ApkManifestJob.Options(workDir(settings), crawlId))
                .execute());
    JOBS.put(
        ApkFeaturesJob.DATASET,
        (spark, settings, crawlId) ->
            new ApkFeaturesJob(spark, ApkFeaturesJob.Options.from(settings, crawlId)).execute());
    JOBS.put(
        PolicyFeaturesJob.DATASET,
        (spark, settings, crawlId) ->
            new PolicyFeaturesJob(spark, PolicyFeaturesJob.Options.from(settings, crawlId))
                .execute());
    JOBS.put(
        HistoryJob.GROUP,
        (spark, settings, crawlId) ->
            new HistoryJob(spark, CrawlJobOptions.from(settings, crawlId)).execute());
    JOBS.put(
        PeersJob.GROUP,
        (spark, settings, crawlId) ->
            new PeersJob(spark, CrawlJobOptions.from(settings, crawlId)).execute());
    JOBS.put(
        ScoreJob.GROUP,
        (spark, settings, crawlId) ->
            new ScoreJob(spark, CrawlJobOptions.from(settings, crawlId)).execute());
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "JOB",
      description = "apk-manifest, apk-features, policy-features, history, peers, score")
  List<String> jobs = new ArrayList<>();

  @Option(names = "--crawl-id", required = true, paramLabel = "ID", description = "The crawl.")
  String crawlId;

  @Option(names = "--work-dir", paramLabel = "DIR", description = "Overrides work.dir.")
  Path workDir;

  @Option(names = "--config", paramLabel = "FILE", description = "YAML settings file.")
  Path config;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Any setting of appwatch-defaults.yaml, e.g. jobs.apk-features.timeout=5m.")
  Map<String, String> settings = new LinkedHashMap<>();

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command and returns its exit code (for tests; {@link #main} exits with it). */
  public static int run(String... args) {
    return new CommandLine(new SubmitMain())
        .setExecutionExceptionHandler(
            (e, cli, parsed) -> {
              boolean usage =
                  e instanceof SettingsException || e instanceof IllegalArgumentException;
              cli.getErr().println("appwatch-jobs: " + e.getMessage());
              if (!usage) {
                e.printStackTrace(cli.getErr());
              }
              return usage ? 2 : 1;
            })
        .execute(args);
  }

  @Override
  public Integer call() throws IOException {
    for (String job : jobs) {
      if (!JOBS.containsKey(job)) {
        throw new IllegalArgumentException("unknown job '" + job + "'; jobs: " + JOBS.keySet());
      }
    }
    Map<String, String> options = new LinkedHashMap<>(settings);
    if (workDir != null) {
      options.put("work.dir", workDir.toString());
    }
    Settings resolved = JobSettings.resolve(new SparkConf(), config, options);
    try (SparkSession spark = SparkSessions.getOrCreate(resolved)) {
      for (String job : jobs) {
        System.out.println(job + ": " + JOBS.get(job).run(spark, resolved, crawlId));
      }
    }
    return 0;
  }

  private static Path workDir(Settings settings) {
    return settings.getPath("work.dir").toAbsolutePath();
  }
}
