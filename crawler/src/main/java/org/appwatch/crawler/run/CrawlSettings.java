package org.appwatch.crawler.run;

import java.time.Duration;
import java.util.Map;
import org.appwatch.crawler.fetch.FetchSettings;
import org.appwatch.crawler.politeness.PolitenessSettings;
import org.appwatch.model.Settings;

/**
 * Everything a crawl reads from the {@code crawl.*} settings.
 *
 * @param maxBytes the size limit per content kind: {@code html}, {@code json}, {@code policy},
 *     {@code apk}, {@code robots}
 */
public record CrawlSettings(
    FetchSettings fetch,
    PolitenessSettings politeness,
    int threads,
    Map<String, Long> maxBytes,
    int maxRedirects,
    int maxAttempts,
    Duration backoff,
    Duration maxBackoff,
    long warcMaxSize,
    boolean warcGzip) {

  public static CrawlSettings from(Settings s) {
    return new CrawlSettings(
        FetchSettings.from(s),
        PolitenessSettings.from(s),
        s.getInt("crawl.threads"),
        Map.of(
            "html", s.getBytes("crawl.max-bytes.html"),
            "json", s.getBytes("crawl.max-bytes.json"),
            "policy", s.getBytes("crawl.max-bytes.policy"),
            "apk", s.getBytes("crawl.max-bytes.apk"),
            "robots", s.getBytes("crawl.max-bytes.robots")),
        s.getInt("crawl.max-redirects"),
        s.getInt("crawl.retry.max-attempts"),
        s.getDuration("crawl.retry.backoff"),
        s.getDuration("crawl.retry.max-backoff"),
        s.getBytes("crawl.warc.max-size"),
        "gzip".equalsIgnoreCase(s.get("crawl.warc.compression")));
  }

  /** The wait before attempt {@code attempts + 1}: backoff doubled per attempt, capped. */
  public Duration backoffAfter(int attempts) {
    long millis = backoff.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
    return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
  }
}
