package org.appwatch.crawler.fetch;

import java.time.Duration;
import org.appwatch.model.Settings;

/** The HTTP settings of a fetcher, read from the {@code crawl.*} settings. */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration responseTimeout,
    int maxRedirects,
    int maxConnections) {

  public static FetchSettings from(Settings settings) {
    return new FetchSettings(
        settings.get("crawl.user-agent"),
        settings.getDuration("crawl.timeout.connect"),
        settings.getDuration("crawl.timeout.response"),
        5,
        settings.getInt("crawl.threads"));
  }
}
