package org.appwatch.scoring.assess.eval;

import java.io.PrintStream;

/**
 * Measures the rule verdicts against the local store's answer key: builds a corpus in memory,
 * analyses every app's APK and policy, assesses it and prints, per automated Method item, TP / FP /
 * FN, precision and recall, then the static hints' figures and the first mismatches per item with
 * their reason. How verdicts count is documented in {@code docs/accuracy.md}.
 *
 * <pre>
 * java ... org.appwatch.scoring.assess.eval.VerdictAccuracy --apps 2000 --seed 42 [--epoch 1]
 *     [--threads N] [--mismatches 5]
 * </pre>
 *
 * Exit status 0 when every automated item meets the targets, 1 otherwise, 2 on a usage error.
 */
public final class VerdictAccuracy {

  private VerdictAccuracy() {}

  public static void main(String[] args) {
    try {
      int apps = 2000;
      long seed = 42;
      int epoch = 0;
      int threads = Runtime.getRuntime().availableProcessors();
      int mismatches = 5;
      for (int i = 0; i < args.length; i += 2) {
        String value = i + 1 < args.length ? args[i + 1] : "";
        switch (args[i]) {
          case "--apps" -> apps = Integer.parseInt(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--epoch" -> epoch = Integer.parseInt(value);
          case "--threads" -> threads = Integer.parseInt(value);
          case "--mismatches" -> mismatches = Integer.parseInt(value);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      System.exit(report(apps, seed, epoch, threads, mismatches, System.out) ? 0 : 1);
    } catch (IllegalArgumentException e) {
      System.err.println("VerdictAccuracy: " + e.getMessage());
      System.exit(2);
    }
  }

  /**
   * Runs the measurement and prints the tables to {@code out}.
   *
   * @return true when every automated item reaches precision 0.98 and recall 0.95
   * @throws IllegalArgumentException for apps or threads below 1, epoch or mismatches below 0
   */
  public static boolean report(
      int apps, long seed, int epoch, int threads, int mismatches, PrintStream out) {
    try {
      return report(apps, seed, epoch, threads, mismatches, out, null);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // no file is written without a path
    }
  }

  /**
   * As {@link #report(int, long, int, int, int, PrintStream)}, and writes {@code
   * verdict-accuracy/v1} to {@code file} when it is not null.
   *
   * @throws java.io.IOException when the file cannot be written
   */
  public static boolean report(
      int apps,
      long seed,
      int epoch,
      int threads,
      int mismatches,
      PrintStream out,
      java.nio.file.Path file)
      throws java.io.IOException {
    AccuracyResult r =
        AccuracyRun.run(new AccuracyResult.Options(apps, seed, epoch, threads, mismatches));
    AccuracyTable.print(r, out);
    if (file != null) {
      AccuracyFile.write(
          file,
          new AccuracyFile.Corpus(
              apps, seed, epoch, "the local store's corpus, analysed in memory (eval verdicts)"),
          AccuracyFile.figures(r.automated()));
    }
    return r.automated().stream().allMatch(AccuracyResult::meetsTarget);
  }
}
