package org.appwatch.crawler.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appwatch.crawler.evidence.ContentAddressedStore;
import org.appwatch.crawler.evidence.WarcArchive;
import org.appwatch.crawler.evidence.WarcBodies;
import org.appwatch.crawler.fetch.HttpFetcher;
import org.appwatch.crawler.frontier.CrawlDatabase;
import org.appwatch.crawler.frontier.Crawls;
import org.appwatch.crawler.frontier.Frontier;
import org.appwatch.crawler.frontier.Link;
import org.appwatch.crawler.politeness.HostScheduler;
import org.appwatch.crawler.store.StoreAdapter;
import org.appwatch.crawler.store.StoreAdapters;

/**
 * {@code appwatch crawl}'s engine. Starts a crawl of the given stores, or resumes the work
 * directory's unfinished one (after a crash or {@code kill -9}, the same call carries on where the
 * database says it was, with the store list it started with). Writes the output tables to {@code
 * crawls/<crawl_id>/} (with the apps' version history carried over from the previous crawl), WARC
 * files to {@code warc/<crawl_id>/}, APKs to {@code apks/} and policy texts to {@code policies/}.
 * Only one crawler may use a work directory at a time (the database is locked).
 */
public final class Crawler {

  private static final DateTimeFormatter CRAWL_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a crawl was asked to do, kept in the database so that a resume does the same. */
  record Plan(List<String> stores, List<String> apps) {}

  private final Path workDir;
  private final CrawlSettings settings;

  public Crawler(Path workDir, CrawlSettings settings) {
    this.workDir = workDir.toAbsolutePath();
    this.settings = settings;
  }

  /**
   * Crawls, or resumes the unfinished crawl.
   *
   * @param apps app ids to crawl instead of walking the stores, or null
   * @throws IOException when the database, archive or disk fails; the crawl can then be resumed
   */
  public CrawlResult run(List<StoreTarget> stores, List<String> apps, CrawlListener listener)
      throws IOException {
    Instant start = Instant.now();
    try (CrawlDatabase db = new CrawlDatabase(workDir.resolve("crawler"))) {
      Crawls crawls = new Crawls(db);
      Crawls.CrawlInfo unfinished = crawls.unfinished();
      boolean resumed = unfinished != null;
      String crawlId;
      Plan plan;
      if (resumed) {
        crawlId = unfinished.crawlId();
        plan = JSON.readValue(unfinished.stores(), Plan.class);
      } else {
        crawlId = CRAWL_ID.format(start);
        List<String> names = stores.stream().map(StoreTarget::toString).toList();
        plan = new Plan(names, apps);
        crawls.begin(crawlId, JSON.writeValueAsString(plan), start);
      }
      try (Frontier frontier = new Frontier(db, crawlId)) {
        return crawl(crawls, frontier, plan, resumed, start, listener);
      }
    }
  }

  private CrawlResult crawl(
      Crawls crawls,
      Frontier frontier,
      Plan plan,
      boolean resumed,
      Instant start,
      CrawlListener listener)
      throws IOException {
    String crawlId = frontier.crawlId();
    Map<String, StoreAdapter> adapters = new LinkedHashMap<>();
    List<Link> seeds = new ArrayList<>();
    for (String s : plan.stores()) {
      StoreTarget target = StoreTarget.parse(s);
      StoreAdapter adapter = StoreAdapters.forSpec(target.config());
      adapters.put(adapter.store(), adapter);
      seeds.addAll(
          plan.apps() == null
              ? adapter.seeds(target.base())
              : appSeeds(adapter, target, plan.apps()));
    }
    frontier.addAll(seeds);
    Path crawlDir = workDir.resolve("crawls").resolve(crawlId);
    HostScheduler scheduler = new HostScheduler(settings.politeness(), settings.threads());
    try (HttpFetcher fetcher = new HttpFetcher(settings.fetch());
        WarcArchive warc =
            new WarcArchive(
                workDir.resolve("warc").resolve(crawlId),
                crawlId,
                settings.warcMaxSize(),
                settings.warcGzip())) {
      CrawlContext ctx =
          new CrawlContext(
              crawlId,
              workDir,
              settings,
              fetcher,
              frontier,
              scheduler,
              warc,
              new WarcBodies(workDir.resolve("warc").resolve(crawlId)),
              new ContentAddressedStore(workDir.resolve("apks"), ".apk"),
              new ContentAddressedStore(workDir.resolve("policies"), ".txt"),
              adapters,
              new RobotsCache(
                  fetcher,
                  warc,
                  scheduler,
                  crawlId,
                  settings.fetch().userAgent(),
                  settings.maxBytes().get("robots")));
      new Dispatcher(ctx, listener, resumed).run();
    }
    Exporter exporter = new Exporter();
    exporter.export(frontier, crawlDir);
    Crawls.CrawlInfo previous = crawls.previousFinished(crawlId);
    VersionHistory.write(
        crawlDir,
        crawlId,
        previous == null
            ? null
            : workDir.resolve("crawls").resolve(previous.crawlId()).resolve("versions.jsonl"));
    crawls.finish(crawlId);
    frontier.deleteOutputs();
    return new CrawlResult(
        crawlId,
        crawlDir,
        resumed,
        frontier.countsByStatus(),
        frontier.failuresByKind(),
        exporter.fetchesByStore,
        exporter.bytes,
        exporter.missingShare(),
        exporter.listingsByStore,
        exporter.apksByStatus,
        Duration.between(start, Instant.now()));
  }

  private static List<Link> appSeeds(StoreAdapter adapter, StoreTarget target, List<String> apps) {
    return adapter.appSeeds(target.base(), apps);
  }
}
