package org.appwatch.crawler.run;

import java.nio.file.Path;
import java.util.Map;
import org.appwatch.crawler.evidence.ContentAddressedStore;
import org.appwatch.crawler.evidence.WarcArchive;
import org.appwatch.crawler.evidence.WarcBodies;
import org.appwatch.crawler.fetch.HttpFetcher;
import org.appwatch.crawler.frontier.Frontier;
import org.appwatch.crawler.politeness.HostScheduler;
import org.appwatch.crawler.store.StoreAdapter;

/** What the workers of one crawl share. All members are thread-safe. */
record CrawlContext(
    String crawlId,
    Path workDir,
    CrawlSettings settings,
    HttpFetcher fetcher,
    Frontier frontier,
    HostScheduler scheduler,
    WarcArchive warc,
    WarcBodies warcBodies,
    ContentAddressedStore apks,
    ContentAddressedStore policyTexts,
    Map<String, StoreAdapter> adapters,
    RobotsCache robots) {

  long limit(String contentKind) {
    return settings.maxBytes().get(contentKind);
  }

  /** A path relative to the work directory, as output rows name files. */
  String relative(Path file) {
    return workDir.relativize(file).toString();
  }
}
