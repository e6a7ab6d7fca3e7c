package org.appwatch.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.appwatch.crawler.run.CrawlListener;
import org.appwatch.crawler.run.CrawlResult;
import org.appwatch.crawler.run.CrawlSettings;
import org.appwatch.crawler.run.Crawler;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import org.appwatch.model.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code appwatch bench}: measurements of appwatch's own cost. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures appwatch's own cost against the local store.",
    subcommands = {BenchCommand.Crawl.class})
final class BenchCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code appwatch bench crawl}. */
  @Command(
      name = "crawl",
      mixinStandardHelpOptions = true,
      description = {
        "Crawls a well-behaved local store (in this JVM) with politeness off, into a temporary work",
        "directory, and prints pages/s, CPU ms per page (crawler threads alone, and the whole",
        "process including the store serving and generating APKs) and peak heap."
      })
  static final class Crawl implements Callable<Integer> {

    @Option(
        names = "--apps",
        defaultValue = "1000",
        description = "Apps in the store (default: ${DEFAULT-VALUE}).")
    int apps;

    @Option(
        names = "--threads",
        defaultValue = "8",
        description = "Crawler threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws Exception {
      Path work = Files.createTempDirectory("appwatch-bench-");
      Settings settings =
          Settings.defaults()
              .with(
                  Map.of(
                      "crawl.allow-networks", "127.0.0.0/8",
                      "crawl.politeness.enabled", "false",
                      "crawl.threads", Integer.toString(threads)),
                  "bench");
      ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      Map<Long, Long> workerCpu = new ConcurrentHashMap<>();
      try (LocalStore store = LocalStore.start(new StoreConfig(apps, 42, 0, 0, Behaviour.none()))) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu0 = os.getProcessCpuTime();
        long main0 = threadsBean.getCurrentThreadCpuTime();
        CrawlResult r =
            new Crawler(work, CrawlSettings.from(settings))
                .run(
                    CrawlCommand.localTargets(store),
                    null,
                    new CrawlListener() {
                      @Override
                      public void processed(
                          String s, String label, boolean finished, long known, long done) {
                        workerCpu.put(
                            Thread.currentThread().getId(), threadsBean.getCurrentThreadCpuTime());
                      }
                    });
        long crawlerCpu =
            workerCpu.values().stream().mapToLong(Long::longValue).sum()
                + threadsBean.getCurrentThreadCpuTime()
                - main0;
        long processCpu = os.getProcessCpuTime() - cpu0;
        long peakHeap =
            ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        long pages = r.fetches();
        double seconds = r.elapsed().toMillis() / 1000.0;
        System.out.printf(
            "bench crawl: %d apps, %d threads, politeness off, store Behaviour.none()%n",
            apps, threads);
        System.out.printf("  exchanges       %d (%s)%n", pages, r.fetchesByStore());
        System.out.printf("  wall time       %.1f s%n", seconds);
        System.out.printf("  pages/s         %.0f%n", pages / seconds);
        System.out.printf(
            "  CPU ms / page   %.2f crawler threads, %.2f whole process (store included)%n",
            crawlerCpu / 1e6 / pages, processCpu / 1e6 / pages);
        System.out.printf("  peak heap       %d MB%n", peakHeap >> 20);
        System.out.printf("  errors          %s%n", r.failures().isEmpty() ? "none" : r.failures());
      } finally {
        deleteTree(work);
      }
      return 0;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
      try (var all = Files.walk(dir)) {
        all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
