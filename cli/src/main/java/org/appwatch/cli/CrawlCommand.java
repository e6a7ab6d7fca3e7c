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
      if (targets.isEmpty()) {
        store =
            LocalStore.start(
                new StoreConfig(
                    settings.getInt("store.local.apps"),
                    settings.getLong("store.local.seed"),
                    settings.getInt("store.local.epoch"),
                    settings.getInt("store.local.port"),
                    Behaviour.defaults()));
        targets.addAll(localTargets(store));
        // The local store is on loopback: allowed by configuration, not by a hole in the check.
        settings = settings.with(Map.of("crawl.allow-networks", "127.0.0.0/8"), "local store");
        System.out.println(
            "no store configured: started the local store ("
                + settings.get("store.local.apps")
                + " apps)");
      }
      CrawlResult result = crawl(settings, workDir, targets, ids);
      CrawlSummary.print(result, System.out);
      return 0;
    } finally {
      if (store != null) {
        store.close();
      }
    }
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
