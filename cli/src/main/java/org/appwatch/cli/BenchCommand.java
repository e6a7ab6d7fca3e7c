package org.appwatch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.appwatch.crawler.run.CrawlListener;
import org.appwatch.crawler.run.CrawlResult;
import org.appwatch.crawler.run.CrawlSettings;
import org.appwatch.crawler.run.Crawler;
import org.appwatch.crawler.run.StoreTarget;
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
        "Crawls a well-behaved local store with politeness off, into a temporary work directory,",
        "and prints pages/s, CPU ms per page and peak memory. The store runs in a child process,",
        "so that the CPU figures are the crawler's alone: its whole process (worker threads, GC,",
        "JIT, database) and its worker threads; the store's CPU is printed apart."
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
      long storeStart = System.nanoTime();
      try (ChildStore store = ChildStore.start(apps)) {
        double storeSeconds = (System.nanoTime() - storeStart) / 1e9;
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu0 = os.getProcessCpuTime();
        long store0 = store.cpuNanos();
        CrawlResult r =
            new Crawler(work, CrawlSettings.from(settings))
                .run(
                    store.targets(),
                    null,
                    new CrawlListener() {
                      @Override
                      public void processed(
                          String s, String label, boolean finished, long known, long done) {
                        workerCpu.put(
                            Thread.currentThread().getId(), threadsBean.getCurrentThreadCpuTime());
                      }
                    });
        long processCpu = os.getProcessCpuTime() - cpu0;
        long storeCpu = store.cpuNanos() - store0;
        long workersCpu = workerCpu.values().stream().mapToLong(Long::longValue).sum();
        long peakHeap =
            ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        long pages = r.fetches();
        double seconds = r.elapsed().toMillis() / 1000.0;
        System.out.printf(
            "bench crawl: %d apps, %d threads, politeness off, store Behaviour.none() in a child"
                + " process%n",
            apps, threads);
        System.out.printf(
            "  store start     %.1f s (generating every APK ahead, on all cores)%n", storeSeconds);
        System.out.printf("  exchanges       %d (%s)%n", pages, r.fetchesByStore());
        System.out.printf("  wall time       %.1f s%n", seconds);
        System.out.printf("  pages/s         %.0f%n", pages / seconds);
        System.out.printf(
            "  CPU ms / page   %.2f crawler process (all its threads: workers, GC, JIT, database,"
                + " export)%n",
            processCpu / 1e6 / pages);
        System.out.printf(
            "                  %.2f crawler worker threads alone%n", workersCpu / 1e6 / pages);
        System.out.printf(
            "                  %.2f store process (serving, generating and signing APKs; not the"
                + " crawler's)%n",
            storeCpu / 1e6 / pages);
        System.out.printf(
            "  peak memory     %d MB heap used, %d MB resident (crawler process)%n",
            peakHeap >> 20, peakResidentKb() >> 10);
        System.out.printf("  errors          %s%n", r.failures().isEmpty() ? "none" : r.failures());
      } finally {
        deleteTree(work);
      }
      return 0;
    }

    /** The process's peak resident set (VmHWM), in KB; 0 where /proc is absent. */
    private static long peakResidentKb() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
          if (line.startsWith("VmHWM:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
          }
        }
      } catch (java.io.IOException | NumberFormatException e) {
        // not Linux: the heap figure stands alone
      }
      return 0;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
      try (var all = Files.walk(dir)) {
        all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * A well-behaved local store ({@code appwatch store serve --well-behaved --prepare-apks}) in a
   * child JVM, so that a benchmark can tell the crawler's CPU from the store's: generating and
   * signing APKs costs far more than crawling them. The store generates every APK before it serves
   * (not counted in its CPU during the crawl), so that it does not bound the crawl's speed.
   */
  static final class ChildStore implements AutoCloseable {

    private final Process process;
    private final Map<String, URI> uris;

    private ChildStore(Process process, Map<String, URI> uris) {
      this.process = process;
      this.uris = uris;
    }

    /** Starts the store and waits until it serves. */
    static ChildStore start(int apps) throws IOException {
      Process p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx2g",
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "store",
                  "serve",
                  "--well-behaved",
                  "--prepare-apks",
                  "--apps",
                  Integer.toString(apps))
              .redirectErrorStream(true)
              .start();
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      Map<String, URI> uris = new HashMap<>();
      try {
        for (String line; (line = out.readLine()) != null && !line.startsWith("Press Ctrl-C"); ) {
          if (line.strip().startsWith("preparing APKs")) {
            System.err.println("store: " + line.strip());
          }
          for (String name : List.of("F-Droid repository", "web store", "JSON API store")) {
            if (line.strip().startsWith(name)) {
              uris.put(name, URI.create(line.strip().substring(name.length()).strip()));
            }
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        p.destroyForcibly();
        throw new IOException("the local store did not start: " + e.getMessage(), e);
      }
      if (uris.size() < 3) {
        p.destroyForcibly();
        throw new IOException("the local store did not start (exit " + exitOf(p) + ")");
      }
      Thread drain =
          new Thread(
              () -> {
                try {
                  out.transferTo(java.io.Writer.nullWriter());
                } catch (IOException ended) {
                  // the store was stopped
                }
              },
              "store-output");
      drain.setDaemon(true);
      drain.start();
      return new ChildStore(p, uris);
    }

    private static String exitOf(Process p) {
      try {
        return p.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)
            ? Integer.toString(p.exitValue())
            : "none";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "none";
      }
    }

    List<StoreTarget> targets() {
      return List.of(
          new StoreTarget("fdroid-v2", uris.get("F-Droid repository")),
          new StoreTarget("web-play", uris.get("web store")),
          new StoreTarget("cn-json", uris.get("JSON API store")));
    }

    /** CPU the store process has used so far, in nanoseconds. */
    long cpuNanos() {
      return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    @Override
    public void close() {
      process.destroy();
    }
  }
}
