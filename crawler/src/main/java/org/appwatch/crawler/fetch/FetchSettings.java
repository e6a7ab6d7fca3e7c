package org.appwatch.crawler.fetch;

import java.time.Duration;
import java.util.List;
import org.appwatch.model.Settings;

/**
 * The HTTP settings of a fetcher, read from the {@code crawl.*} settings.
 *
 * @param allowNetworks CIDR ranges of private, loopback or link-local addresses that may be fetched
 *     anyway (the local store); public addresses are always allowed
 * @param maxConnectionsPerHost connections kept to one host
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration responseTimeout,
    Duration totalTimeout,
    int maxConnections,
    int maxConnectionsPerHost,
    List<String> allowNetworks) {

  public static FetchSettings from(Settings settings) {
    int threads = settings.getInt("crawl.threads");
    return new FetchSettings(
        settings.get("crawl.user-agent"),
        settings.getDuration("crawl.timeout.connect"),
        settings.getDuration("crawl.timeout.response"),
        settings.getDuration("crawl.timeout.total"),
        threads,
        threads,
        settings.getList("crawl.allow-networks"));
  }

  /** The same settings with more networks allowed. */
  public FetchSettings allowing(List<String> networks) {
    List<String> all = new java.util.ArrayList<>(allowNetworks);
    all.addAll(networks);
    return new FetchSettings(
        userAgent,
        connectTimeout,
        responseTimeout,
        totalTimeout,
        maxConnections,
        maxConnectionsPerHost,
        List.copyOf(all));
  }
}
