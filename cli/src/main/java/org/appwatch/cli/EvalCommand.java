package org.appwatch.cli;

import java.util.concurrent.Callable;
import org.appwatch.scoring.assess.eval.VerdictAccuracy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code appwatch eval}: measurements against the local store's answer key. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    subcommands = {EvalCommand.Verdicts.class},
    description = "Measures appwatch against the local store's ground truth.")
final class EvalCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code appwatch eval verdicts}: per-item precision and recall of the rule verdicts. */
  @Command(
      name = "verdicts",
      mixinStandardHelpOptions = true,
      description = {
        "Generates a local-store corpus in memory, analyses every app's APK and policy, assesses it",
        "with the rule catalogue and prints, per automated Method item, TP/FP/FN, precision and",
        "recall against the store's expected flags, then static hints and the first mismatches.",
        "Exit status 1 when an automated item misses precision 0.98 or recall 0.95."
      })
  static final class Verdicts implements Callable<Integer> {

    @Option(names = "--apps", defaultValue = "2000", description = "Corpus size (default 2000).")
    int apps;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default 42).")
    long seed;

    @Option(
        names = "--epoch",
        defaultValue = "0",
        description = "Epoch observed; above 0 history is compared with the previous epoch.")
    int epoch;

    @Option(names = "--threads", description = "Analysis threads (default: available processors).")
    Integer threads;

    @Option(
        names = "--mismatches",
        defaultValue = "5",
        description = "Mismatches listed per item (default 5).")
    int mismatches;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = {
          "Also write the figures as verdict-accuracy/v1 JSON, e.g.",
          "appwatch-work/reports/verdict-accuracy.json, which the league table shows."
        })
    java.nio.file.Path out;

    @Override
    public Integer call() throws java.io.IOException {
      int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      return VerdictAccuracy.report(apps, seed, epoch, n, mismatches, System.out, out) ? 0 : 1;
    }
  }
}
