package org.appwatch.scoring.policy.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Path;
import java.util.List;
import org.appwatch.scoring.policy.FeatureCatalog;
import org.appwatch.scoring.policy.PolicyAnalyzer;
import org.appwatch.scoring.policy.eval.CappCorpus;

/**
 * Prints policies per second on one thread, per core from the thread's CPU time (and wall clock)
 * over the CAPP-130 development policies, with and without the Chinese word segmentation step, and
 * the peak heap use. Warms up first; prints the machine's load average, since other processes on
 * the same cores lower the figure. Run: {@code java -cp ...
 * org.appwatch.scoring.policy.bench.PolicyBenchmark [corpus-dir] [rounds]}.
 */
public final class PolicyBenchmark {

  private PolicyBenchmark() {}

  public static void main(String[] args) {
    Path dir = args.length > 0 ? Path.of(args[0]) : CappCorpus.defaultDir();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    List<String[]> policies =
        CappCorpus.load(dir).stream().map(p -> new String[] {p.name(), p.text()}).toList();
    long chars = policies.stream().mapToLong(p -> p[1].length()).sum();
    System.out.printf(
        "%d policies, %.1f k chars each on average%n",
        policies.size(), chars / 1000.0 / policies.size());
    for (boolean segment : new boolean[] {true, false}) {
      PolicyAnalyzer analyzer = new PolicyAnalyzer(FeatureCatalog.standard(), segment);
      run(analyzer, policies, 3); // warm-up: JIT, lexicons, smartcn dictionaries
      java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpu = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      int n = run(analyzer, policies, rounds);
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
      // CPU time of this thread is the per-core figure even when other processes share the cores.
      System.out.printf(
          "segmentation %-3s: %.0f policies/s per core (CPU time; %.0f/s wall, %d analyses in %.2f"
              + " s CPU)%n",
          segment ? "on" : "off", n / cpuSeconds, n / seconds, n, cpuSeconds);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(
        "peak heap used: %.0f MB; load average %.2f on %d cores%n",
        peak / 1e6, os.getSystemLoadAverage(), os.getAvailableProcessors());
  }

  private static int run(PolicyAnalyzer analyzer, List<String[]> policies, int rounds) {
    int n = 0;
    for (int r = 0; r < rounds; r++) {
      for (String[] p : policies) {
        if (analyzer.text(p[1], p[0]).items().isEmpty()) {
          throw new IllegalStateException(p[0] + " was not analysed");
        }
        n++;
      }
    }
    return n;
  }
}
