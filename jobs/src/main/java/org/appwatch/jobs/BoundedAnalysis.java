package org.appwatch.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;

/**
 * Analyses inputs (APKs, policies) one at a time on a worker thread, giving each at most {@code
 * timeout}. An input that takes longer, or whose analysis throws, becomes a failure row ({@code
 * TIMEOUT}, {@code ANALYSER_FAILURE}) and the next APK goes on: one file never fails the task. A
 * thread that runs over is interrupted and abandoned (Java cannot stop it), and a fresh one takes
 * over; it is a daemon, so it cannot keep an executor alive. One instance per task; not
 * thread-safe.
 */
final class BoundedAnalysis implements AutoCloseable {
  static final String TIMEOUT = "TIMEOUT";
  static final String ANALYSER_FAILURE = "ANALYSER_FAILURE";

  private final ApkAnalysis analysis;
  private final Duration timeout;
  private ExecutorService worker = newWorker();

  BoundedAnalysis(ApkAnalysis analysis, Duration timeout) {
    this.analysis = analysis;
    this.timeout = timeout;
  }

  /**
   * Analyses a task's APKs ({@code sha256}, {@code apkFile} relative to {@code workDir}) lazily, so
   * the task holds one APK's row at a time; the worker thread ends with the task.
   */
  static Iterator<Row> rows(
      Iterator<Row> apks, Path workDir, ApkAnalysis analysis, Duration timeout) {
    BoundedAnalysis bounded = new BoundedAnalysis(analysis, timeout).closedWithTask();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return apks.hasNext();
      }

      @Override
      public Row next() {
        Row apk = apks.next();
        return bounded.analyse(apk.getAs("sha256"), workDir.resolve((String) apk.getAs("apkFile")));
      }
    };
  }

  /** A {@link ApkFeaturesSchema#FEATURES} row for the APK, whatever happens. */
  Row analyse(String sha256, Path apk) {
    return run(
        () -> ApkFeatureRows.of(sha256, analysis.analyze(apk)),
        (code, message) -> ApkFeatureRows.failure(sha256, code, message),
        apk.toString());
  }

  /**
   * Runs {@code work} within the timeout; a timeout or a throw becomes {@code failure(code,
   * message)} with {@link #TIMEOUT} or {@link #ANALYSER_FAILURE}.
   *
   * @param what names the input in the exception thrown when the task is interrupted
   */
  Row run(Callable<Row> work, BiFunction<String, String, Row> failure, String what) {
    Future<Row> result = worker.submit(work);
    try {
      return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      worker.shutdownNow();
      worker = newWorker();
      return failure.apply(TIMEOUT, "analysis took longer than " + timeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      return failure.apply(ANALYSER_FAILURE, String.valueOf(e.getCause()));
    } catch (InterruptedException e) {
      // The task is being killed (cancelled job, lost executor): stop, do not record a verdict.
      Thread.currentThread().interrupt();
      result.cancel(true);
      throw new IllegalStateException("interrupted while analysing " + what, e);
    }
  }

  /** A bound for work other than APKs (policies): {@link #run} only. */
  /**
   * Checks the options every bounded job takes.
   *
   * @param unit what one piece of work is ("APK", "policy"), for the message
   * @throws IllegalArgumentException when the timeout is not positive or partitions is negative
   */
  static void checkOptions(Duration timeout, int partitions, String unit) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the per-" + unit + " timeout must be positive");
    }
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be 0 (automatic) or more");
    }
  }

  static BoundedAnalysis of(Duration timeout) {
    return new BoundedAnalysis(null, timeout);
  }

  /** Ends the worker thread when the current Spark task completes. */
  BoundedAnalysis closedWithTask() {
    TaskContext task = TaskContext.get();
    if (task != null) {
      task.addTaskCompletionListener((TaskContext t) -> close());
    }
    return this;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(
        task -> {
          Thread thread = new Thread(task, "appwatch-apk-analysis");
          thread.setDaemon(true);
          return thread;
        });
  }
}
