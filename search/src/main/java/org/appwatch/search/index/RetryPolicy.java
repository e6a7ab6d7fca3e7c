package org.appwatch.search.index;

import java.time.Duration;

/**
 * How bulk items the cluster rejected for load (HTTP 429) are retried: up to {@code maxRetries}
 * more attempts, waiting {@code initialBackoff} and doubling up to {@code maxBackoff}.
 */
public record RetryPolicy(int maxRetries, Duration initialBackoff, Duration maxBackoff) {

  /** Eight retries from 100 ms, at most 10 s apart: about 40 s of patience in all. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(8, Duration.ofMillis(100), Duration.ofSeconds(10));

  public RetryPolicy {
    if (maxRetries < 0 || initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("invalid retry policy");
    }
  }

  /** The wait before retry number {@code retry} (1-based). */
  public Duration backoff(int retry) {
    Duration wait = initialBackoff.multipliedBy(1L << Math.min(retry - 1, 20));
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }
}
