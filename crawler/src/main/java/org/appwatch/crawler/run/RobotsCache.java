package org.appwatch.crawler.run;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.appwatch.crawler.evidence.WarcArchive;
import org.appwatch.crawler.evidence.WarcRef;
import org.appwatch.crawler.fetch.Exchange;
import org.appwatch.crawler.fetch.FetchException;
import org.appwatch.crawler.fetch.FetchRequest;
import org.appwatch.crawler.fetch.HttpFetcher;
import org.appwatch.crawler.frontier.OutputRow;
import org.appwatch.crawler.politeness.HostScheduler;
import org.appwatch.crawler.politeness.RobotsRules;

/**
 * Each host's robots.txt, fetched once per crawl before the host's first page (and archived like
 * any response). The first worker to need a host's rules fetches them; others wait for it.
 * Redirects are followed up to {@link #MAX_HOPS} hops, each archived.
 */
final class RobotsCache {

  /** Redirects followed for robots.txt: RFC 9309 §2.3.1.2 asks for at least five. */
  static final int MAX_HOPS = 5;

  private final ConcurrentMap<String, RobotsRules> rules = new ConcurrentHashMap<>();
  private final HttpFetcher fetcher;
  private final WarcArchive warc;
  private final HostScheduler scheduler;
  private final String crawlId;
  private final String agentToken;
  private final long maxBytes;

  RobotsCache(
      HttpFetcher fetcher,
      WarcArchive warc,
      HostScheduler scheduler,
      String crawlId,
      String userAgent,
      long maxBytes) {
    this.fetcher = fetcher;
    this.warc = warc;
    this.scheduler = scheduler;
    this.crawlId = crawlId;
    this.agentToken = userAgent.split("[/ ]", 2)[0];
    this.maxBytes = maxBytes;
  }

  /**
   * The rules of the URL's host; the fetch, if one was made now, is added to {@code rows}.
   *
   * @param hostKey the host as the scheduler names it (host:port)
   */
  RobotsRules rulesFor(URI url, String hostKey, String store, List<OutputRow> rows) {
    RobotsRules known = rules.get(hostKey);
    if (known != null) {
      return known;
    }
    synchronized (this) {
      return rules.computeIfAbsent(hostKey, k -> fetch(url, k, store, rows));
    }
  }

  private RobotsRules fetch(URI url, String hostKey, String store, List<OutputRow> rows) {
    URI robots = url.resolve("/robots.txt");
    RobotsRules r = follow(robots, store, rows);
    scheduler.robotsLoaded(hostKey, r.crawlDelayMillis(), System.currentTimeMillis());
    return r;
  }

  /**
   * Fetches robots.txt, following up to {@link #MAX_HOPS} redirects as RFC 9309 §2.3.1.2 asks (each
   * hop archived and recorded); past that, or in a loop, the file counts as unavailable (like a
   * 4xx: no rules).
   */
  private RobotsRules follow(URI robots, String store, List<OutputRow> rows) {
    java.util.Set<URI> seen = new java.util.HashSet<>();
    URI at = robots;
    for (int hop = 0; seen.add(at); hop++) {
      Exchange x;
      try {
        x = fetcher.fetch(FetchRequest.inMemory(at, maxBytes));
        WarcRef ref = warc.write(x);
        rows.add(row(store, at, x.status(), null, null, x, ref));
      } catch (FetchException e) {
        rows.add(row(store, at, 0, e.kind().label(), e.getMessage(), null, null));
        // RFC 9309 §2.3.1.4: an unreachable robots.txt means the whole site is disallowed.
        return RobotsRules.disallowAll();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      String location = x.header("Location");
      if (x.status() / 100 != 3 || location == null) {
        try {
          return rulesOf(x);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      if (hop == MAX_HOPS) {
        break;
      }
      try {
        at = at.resolve(location.trim());
      } catch (IllegalArgumentException e) {
        break;
      }
    }
    return RobotsRules.allowAll();
  }

  private OutputRow row(
      String store, URI at, int status, String errorKind, String error, Exchange x, WarcRef ref) {
    return new OutputRow(
        "fetches",
        "robots\t" + at,
        new Records.FetchRecord(
            crawlId,
            store,
            at.toString(),
            "robots",
            null,
            status,
            errorKind,
            error,
            x == null ? Instant.now() : x.fetchedAt(),
            x == null ? null : x.contentType(),
            null,
            x == null ? null : x.payloadSha256(),
            x == null ? -1 : x.bodySize(),
            ref == null ? null : ref.file(),
            ref == null ? null : ref.recordId(),
            ref == null ? null : ref.offset(),
            ref == null ? null : "response"));
  }

  private RobotsRules rulesOf(Exchange x) throws IOException {
    int status = x.status();
    if (status / 100 == 2) {
      byte[] body = x.body();
      if (x.gzipped()) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
          body = in.readNBytes((int) maxBytes);
        }
      }
      return RobotsRules.parse(x.uri().toString(), body, x.contentType(), agentToken);
    }
    // 4xx: no rules; 5xx and anything else: disallow (RFC 9309 §2.3.1.3, §2.3.1.4).
    return status / 100 == 4 ? RobotsRules.allowAll() : RobotsRules.disallowAll();
  }
}
