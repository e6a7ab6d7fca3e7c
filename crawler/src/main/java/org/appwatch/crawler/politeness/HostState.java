package org.appwatch.crawler.politeness;

import java.util.ArrayDeque;
import java.util.Deque;
import org.appwatch.crawler.frontier.FrontierEntry;

/**
 * One host's queue and timing: when it may be contacted next, how many requests are in flight, and
 * whether it is paused after repeated failures or a 429. Guarded by the scheduler's lock.
 */
public final class HostState {

  final String host;
  final Deque<FrontierEntry> queue = new ArrayDeque<>();
  long readyAtMillis;
  long checkAtMillis;
  long pausedUntilMillis;
  long crawlDelayMillis;
  int inFlight;
  int consecutiveFailures;
  boolean robotsKnown;

  HostState(String host) {
    this.host = host;
  }

  public String host() {
    return host;
  }
}
