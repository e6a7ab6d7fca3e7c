package org.appwatch.crawler.politeness;

import java.time.Duration;
import org.appwatch.model.Settings;

/**
 * How gently hosts are treated.
 *
 * @param enabled false only for benchmarks against a store one owns: no delay, Crawl-delay ignored,
 *     as many connections per host as threads (robots.txt rules still apply)
 * @param delay pause between two requests to one host
 * @param maxCrawlDelay cap on a robots.txt Crawl-delay
 * @param failuresBeforePause consecutive failures after which a host is paused for {@code pause}
 */
public record PolitenessSettings(
    boolean enabled,
    Duration delay,
    Duration maxCrawlDelay,
    int connectionsPerHost,
    int failuresBeforePause,
    Duration pause) {

  public static PolitenessSettings from(Settings s) {
    return new PolitenessSettings(
        Boolean.parseBoolean(s.get("crawl.politeness.enabled")),
        s.getDuration("crawl.politeness.delay"),
        s.getDuration("crawl.politeness.max-crawl-delay"),
        s.getInt("crawl.politeness.connections-per-host"),
        s.getInt("crawl.host.failures-before-pause"),
        s.getDuration("crawl.host.pause"));
  }
}
