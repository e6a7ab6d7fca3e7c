package org.appwatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.appwatch.crawler.run.CrawlListener;
import org.appwatch.crawler.run.CrawlResult;
import org.appwatch.crawler.run.CrawlSettings;
import org.appwatch.crawler.run.Crawler;
import org.appwatch.crawler.run.StoreTarget;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import org.appwatch.model.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code appwatch crawl}: crawls stores into the work directory, or resumes the unfinished crawl
 * there. With no store configured it starts the local store (misbehaving as a real one does).
 */
@Command(
    name = "crawl",
    mixinStandardHelpOptions = true,
    description = {
      "Crawls app stores: listings, APKs and privacy policies, with WARC evidence.",
      "Resumes the work directory's unfinished crawl if there is one (after a crash or kill -9).",
      "With no store given (--store or crawl.stores), starts the local store and crawls its",
      "F-Droid repository, web store and JSON API."
    })
final class CrawlCommand implements Callable<Integer> {

  /** In {@code <work dir>/crawler/}: the local store's first port while its crawl is unfinished. */
  static final String LOCAL_PORT_FILE = "local-store.port";

  @Mixin SettingsOptions settingsOptions;

  @Option(
      names = "--store",
      paramLabel = "CONFIG@URL",
      description =
          "A store: built-in config (fdroid-v2, fdroid-v1, web-play, cn-json) or file, @ base URL. Repeatable.")
  List<String> stores;

  @Option(
      names = "--app-ids",
      paramLabel = "FILE",
      description = "Crawl only these apps (one package name a line).")
  Path appIds;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Concurrent fetches (crawl.threads).")
  Integer threads;

  @Option(
      names = "--apps",
      paramLabel = "N",
      description = "Apps in the local store (default 200).")
  Integer apps;

  @Override
  public Integer call() throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    if (stores != null) {
      options.put("crawl.stores", String.join(",", stores));
    }
    if (appIds != null) {
      options.put("crawl.seeds", appIds.toString());
    }
    if (threads != null) {
      options.put("crawl.threads", threads.toString());
    }
    if (apps != null) {
      options.put("store.local.apps", apps.toString());
    }
    Settings settings = settingsOptions.resolve(options);
    Path workDir = settings.getPath("work.dir").toAbsolutePath();
    List<String> ids = null;
    if (!settings.get("crawl.seeds").isBlank()) {
      ids =
          Files.readAllLines(Path.of(settings.get("crawl.seeds"))).stream()
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .toList();
    }
    LocalStore store = null;
    try {
      List<StoreTarget> targets = new ArrayList<>();
      settings.getList("crawl.stores").forEach(s -> targets.add(StoreTarget.parse(s)));
      Path portFile = workDir.resolve("crawler").resolve(LOCAL_PORT_FILE);
      if (targets.isEmpty()) {
        store = startLocalStore(settings, portFile);
        targets.addAll(localTargets(store));
        // The local store is on loopback: allowed by configuration, not by a hole in the check.
        settings = settings.with(Map.of("crawl.allow-networks", "127.0.0.0/8"), "local store");
        System.out.println(
            "no store configured: started the local store ("
                + settings.get("store.local.apps")
                + " apps)");
      }
      CrawlResult result = crawl(settings, workDir, targets, ids);
      // Finished: the next crawl may pick other ports.
      Files.deleteIfExists(portFile);
      CrawlSummary.print(result, System.out);
      return 0;
    } finally {
      if (store != null) {
        store.close();
      }
    }
  }

  /**
   * Starts the local store on the ports an interrupted crawl of this work directory used (its URLs
   * in the frontier name them), else on {@code store.local.port}, else on free ports it then
   * records, so that the same command resumes after a {@code kill -9}.
   */
  private static LocalStore startLocalStore(Settings settings, Path portFile)
      throws java.io.IOException {
    int configured = settings.getInt("store.local.port");
    if (configured == 0 && Files.exists(portFile)) {
      int recorded = Integer.parseInt(Files.readString(portFile).strip());
      try {
        return LocalStore.start(localConfig(settings, recorded));
      } catch (java.io.IOException e) {
        throw new java.io.IOException(
            "cannot resume: the interrupted crawl's local store ports "
                + recorded
                + ".."
                + (recorded + 3)
                + " are in use ("
                + e.getMessage()
                + ")",
            e);
      }
    }
    LocalStore store = null;
    java.util.Random random = new java.util.Random();
    for (int attempt = 0; store == null; attempt++) {
      // Four consecutive ports, so that one number records them; a taken one means: try others.
      int base = configured != 0 ? configured : 20_000 + 4 * random.nextInt(10_000);
      try {
        store = LocalStore.start(localConfig(settings, base));
      } catch (java.net.BindException e) {
        if (configured != 0 || attempt == 20) {
          throw e;
        }
      }
    }
    if (configured == 0) {
      Files.createDirectories(portFile.getParent());
      Files.writeString(portFile, Integer.toString(store.fdroidRepo().getPort()));
    }
    return store;
  }

  private static StoreConfig localConfig(Settings settings, int basePort) {
    return new StoreConfig(
        settings.getInt("store.local.apps"),
        settings.getLong("store.local.seed"),
        settings.getInt("store.local.epoch"),
        basePort,
        Behaviour.defaults());
  }

  static List<StoreTarget> localTargets(LocalStore store) {
    return List.of(
        new StoreTarget("fdroid-v2", store.fdroidRepo()),
        new StoreTarget("web-play", store.webStore()),
        new StoreTarget("cn-json", store.cnApi()));
  }

  static CrawlResult crawl(
      Settings settings, Path workDir, List<StoreTarget> targets, List<String> ids)
      throws java.io.IOException {
    try (ProgressDisplay progress = ProgressDisplay.start("URLs", 1)) {
      return new Crawler(workDir, CrawlSettings.from(settings))
          .run(
              targets,
              ids,
              new CrawlListener() {
                @Override
                public void started(String crawlId, boolean resumed, long known, long done) {
                  System.out.println(
                      (resumed ? "resuming crawl " : "crawl ") + crawlId + " → " + workDir);
                  progress.resize(Math.max(known, 1));
                }

                @Override
                public synchronized void processed(
                    String s, String label, boolean finished, long known, long done) {
                  progress.resize(known);
                  if (finished) {
                    progress.step(s + " " + label);
                  }
                }
              });
    }
  }
}
