package org.appwatch.crawler.politeness;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.crawler.frontier.FrontierEntry;

/**
 * One queue per host, served round-robin: a host gets its next request only after its delay (the
 * configured one or its robots.txt Crawl-delay, capped), below its connection limit, and not while
 * paused. Queues are refilled from the persistent frontier a batch at a time, so memory holds a few
 * hundred URLs per host however large the crawl. Thread-safe.
 */
public final class HostScheduler {

  /** Reads due URLs of a host from the frontier. */
  public interface Refill {
    List<FrontierEntry> due(String host, long nowMillis, int limit) throws IOException;
  }

  private static final int BATCH = 200;
  private static final long IDLE_RECHECK_MILLIS = 1000;

  private final PolitenessSettings settings;
  private final int threads;
  private final Map<String, HostState> hosts = new LinkedHashMap<>();
  private List<HostState> order = new ArrayList<>();
  private int cursor;

  public HostScheduler(PolitenessSettings settings, int threads) {
    this.settings = settings;
    this.threads = threads;
  }

  /**
   * The next URL to fetch now, or null when no host may be contacted yet.
   *
   * @param inFlight ids of entries being fetched, which the frontier still lists as due
   */
  public synchronized FrontierEntry next(long now, Refill refill, Set<Long> inFlight)
      throws IOException {
    int n = order.size();
    for (int i = 0; i < n; i++) {
      HostState h = order.get((cursor + i) % n);
      if (h.inFlight >= limit(h) || h.readyAtMillis > now || h.pausedUntilMillis > now) {
        continue;
      }
      if (h.queue.isEmpty()) {
        if (h.checkAtMillis > now) {
          continue;
        }
        for (FrontierEntry e : refill.due(h.host, now, BATCH)) {
          if (!inFlight.contains(e.id())) {
            h.queue.add(e);
          }
        }
        if (h.queue.isEmpty()) {
          h.checkAtMillis = now + IDLE_RECHECK_MILLIS;
          continue;
        }
      }
      cursor = (cursor + i + 1) % n;
      h.inFlight++;
      h.readyAtMillis = now + delayMillis(h);
      return h.queue.poll();
    }
    return null;
  }

  /**
   * When the dispatcher should look again at the latest, given nothing was ready at {@code now}.
   */
  public synchronized long nextWakeMillis(long now) {
    long wake = now + IDLE_RECHECK_MILLIS;
    for (HostState h : order) {
      if (h.inFlight >= limit(h)) {
        continue;
      }
      long ready = Math.max(h.readyAtMillis, h.pausedUntilMillis);
      long at = h.queue.isEmpty() ? Math.max(ready, h.checkAtMillis) : ready;
      wake = Math.min(wake, at);
    }
    return Math.max(wake, now + 1);
  }

  /** New URLs for a host may be due at {@code dueMillis}: look at it again then. */
  public synchronized void wake(String host, long dueMillis) {
    HostState h = state(host);
    if (h.queue.isEmpty()) {
      h.checkAtMillis = Math.min(h.checkAtMillis, dueMillis);
    }
  }

  /** Hosts with URLs due at given times (from the frontier): make sure each is looked at. */
  public synchronized void wakeAll(Map<String, Long> dueByHost) {
    dueByHost.forEach((host, due) -> state(host).checkAtMillis = due);
  }

  /**
   * A fetch on a host ended.
   *
   * @param failed whether it failed in a way that counts towards pausing the host
   * @param pauseUntilMillis the host may not be contacted before this (Retry-After), or 0
   */
  public synchronized void done(String host, boolean failed, long pauseUntilMillis, long now) {
    HostState h = state(host);
    h.inFlight--;
    h.consecutiveFailures = failed ? h.consecutiveFailures + 1 : 0;
    if (settings.enabled() && h.consecutiveFailures >= settings.failuresBeforePause()) {
      h.pausedUntilMillis = Math.max(h.pausedUntilMillis, now + settings.pause().toMillis());
      h.consecutiveFailures = 0;
    }
    h.pausedUntilMillis = Math.max(h.pausedUntilMillis, pauseUntilMillis);
  }

  /**
   * A host's robots.txt was read (or could not be) and asked for this Crawl-delay (0 for none).
   * Until then a host gets one request at a time, so that the delay applies from the first page.
   */
  public synchronized void robotsLoaded(String host, long crawlDelayMillis, long now) {
    HostState h = state(host);
    h.crawlDelayMillis = Math.min(crawlDelayMillis, settings.maxCrawlDelay().toMillis());
    h.robotsKnown = true;
    h.readyAtMillis = Math.max(h.readyAtMillis, now + delayMillis(h));
  }

  /** Whether the host is paused now (for the progress line). */
  public synchronized int pausedHosts(long now) {
    return (int) order.stream().filter(h -> h.pausedUntilMillis > now).count();
  }

  private long delayMillis(HostState h) {
    return settings.enabled() ? Math.max(settings.delay().toMillis(), h.crawlDelayMillis) : 0;
  }

  private int limit(HostState h) {
    if (!h.robotsKnown) {
      return 1;
    }
    return settings.enabled() ? settings.connectionsPerHost() : threads;
  }

  private HostState state(String host) {
    return hosts.computeIfAbsent(
        host,
        k -> {
          HostState h = new HostState(k);
          order = new ArrayList<>(order);
          order.add(h);
          return h;
        });
  }
}
