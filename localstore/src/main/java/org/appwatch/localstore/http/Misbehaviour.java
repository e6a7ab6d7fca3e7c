package org.appwatch.localstore.http;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.corpus.Seeds;

/**
 * Decides, per {@code (seed, host, target)}, whether a request is answered with a transient fault
 * (429, 5xx), a redirect or a delay. Transient faults clear after a fixed number of attempts, kept
 * in a counter per affected target only. Thread-safe.
 */
public final class Misbehaviour {

  /** The query parameter canonical URLs carry; requests that have it are never redirected. */
  static final String CANONICAL_PARAM = "hl";

  private static final int[] SERVER_ERRORS = {500, 502, 503};

  private final Behaviour behaviour;
  private final long seed;
  private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

  public Misbehaviour(Behaviour behaviour, long seed) {
    this.behaviour = behaviour;
    this.seed = seed;
  }

  /**
   * The fault to answer with, if any, counting this request as an attempt.
   *
   * @param redirectable whether the target is a page that may be redirected
   */
  Optional<Reply> fault(String host, Request req, boolean redirectable)
      throws InterruptedException {
    long key = Seeds.hash(host + " " + req.target());
    if (Seeds.unit(seed, key, 1) < behaviour.slow()) {
      Thread.sleep(behaviour.slowMillis());
    }
    if (Seeds.unit(seed, key, 2) < behaviour.tooManyRequests()) {
      int failFor = 1 + (int) (Seeds.mix(seed, key, 3) >>> 63);
      if (attempt(host, req, "429") <= failFor) {
        return Optional.of(Reply.status(429, "Too Many Requests").withHeader("Retry-After", "1"));
      }
    }
    if (Seeds.unit(seed, key, 4) < behaviour.serverErrors()) {
      int failFor = 1 + (int) ((Seeds.mix(seed, key, 5) >>> 1) % 3);
      if (attempt(host, req, "5xx") <= failFor) {
        int status = SERVER_ERRORS[(int) ((Seeds.mix(seed, key, 6) >>> 1) % 3)];
        return Optional.of(Reply.status(status, "Server Error"));
      }
    }
    if (redirectable
        && !req.query().containsKey(CANONICAL_PARAM)
        && Seeds.unit(seed, key, 7) < behaviour.redirects()) {
      String sep = req.target().contains("?") ? "&" : "?";
      return Optional.of(
          Reply.status(302, "Found")
              .withHeader("Location", req.target() + sep + CANONICAL_PARAM + "=zh-CN"));
    }
    return Optional.empty();
  }

  /** True when this app's APK links answer 404, in every request. */
  public boolean brokenApk(int appIndex) {
    return Seeds.unit(seed, 0xB40CL, appIndex) < behaviour.brokenApks();
  }

  private int attempt(String host, Request req, String kind) {
    return attempts
        .computeIfAbsent(kind + " " + host + " " + req.target(), k -> new AtomicInteger())
        .incrementAndGet();
  }
}
