package org.appwatch.scoring.apk.bench;

import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.appwatch.scoring.apk.ApkAnalyzer;
import org.appwatch.scoring.apk.ApkError;
import org.appwatch.scoring.apk.ApkReport;
import org.appwatch.scoring.apk.ApkReportJson;

/**
 * Analyses every APK under the given files and directories, one report at a time, and prints
 * APKs/s, MB/s, peak heap and peak RSS, and the problems met by error code. Reports are written
 * (JSON Lines, {@code --out}) or dropped as soon as they are made, so memory stays bounded however
 * many files there are; a file that cannot be analysed is counted and the batch goes on.
 *
 * <pre>
 * java -Xmx256m -cp ... org.appwatch.scoring.apk.bench.ApkBatch [--threads N] [--out reports.jsonl]
 *   FILE_OR_DIR...
 * </pre>
 */
public final class ApkBatch {
  /** What a batch measured. */
  public record Result(
      long apks,
      long bytes,
      long nanos,
      long incomplete,
      Map<String, Long> errorsByCode,
      long peakHeapBytes,
      long peakRssBytes) {}

  private ApkBatch() {}

  public static void main(String[] args) throws Exception {
    int threads = 1;
    Path out = null;
    List<Path> roots = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        default -> roots.add(Path.of(args[i]));
      }
    }
    if (roots.isEmpty()) {
      System.err.println("usage: ApkBatch [--threads N] [--out reports.jsonl] FILE_OR_DIR...");
      System.exit(2);
    }
    print(run(roots, threads, out, System.out), System.out);
  }

  /** Analyses the APKs under {@code roots} with {@code threads} threads, in file-name order. */
  public static Result run(List<Path> roots, int threads, Path out, PrintStream progress)
      throws Exception {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    MemoryWatch watch = MemoryWatch.start();
    Map<String, Long> codes = new TreeMap<>();
    AtomicLong bytes = new AtomicLong();
    long incomplete = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    try (BufferedWriter writer =
        out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      // A window of at most 4 reports per thread in flight: memory does not grow with the batch.
      List<Future<ApkReport>> window = new ArrayList<>();
      Iterator<Path> it = files.iterator();
      long done = 0;
      while (it.hasNext() || !window.isEmpty()) {
        while (it.hasNext() && window.size() < 4 * threads) {
          Path f = it.next();
          window.add(pool.submit(() -> ApkAnalyzer.analyze(f)));
        }
        ApkReport report = window.remove(0).get();
        bytes.addAndGet(Math.max(0, report.size()));
        incomplete += report.complete() ? 0 : 1;
        for (ApkError e : report.errors()) {
          codes.merge(e.code().name(), 1L, Long::sum);
        }
        if (writer != null) {
          writer.write(ApkReportJson.write(report, true));
          writer.newLine();
        }
        if (++done % 1000 == 0) {
          progress.printf(
              "%,d APKs, %.1f s, heap %d MB%n",
              done, (System.nanoTime() - t0) / 1e9, watch.peakHeap() >> 20);
        }
      }
    } finally {
      pool.shutdown();
    }
    long nanos = System.nanoTime() - t0;
    watch.stop();
    return new Result(
        files.size(),
        bytes.get(),
        nanos,
        incomplete,
        codes,
        watch.peakHeap(),
        MemoryWatch.peakRss());
  }

  /** Prints a result as the figures docs/apk-analysis.md records. */
  public static void print(Result r, PrintStream out) {
    double s = r.nanos() / 1e9;
    out.printf(
        "%,d APKs, %.1f MB in %.1f s: %.1f APKs/s, %.2f MB/s%n",
        r.apks(), r.bytes() / 1e6, s, r.apks() / s, r.bytes() / 1e6 / s);
    out.printf(
        "peak heap used %d MB (max heap %d MB), peak RSS %d MB%n",
        r.peakHeapBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20, r.peakRssBytes() >> 20);
    out.printf("%,d incomplete (a fatal error); problems by code:%n", r.incomplete());
    r.errorsByCode().forEach((code, n) -> out.printf("  %-24s %,d%n", code, n));
  }
}
