package org.appwatch.localstore.policy;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic choices among equivalent wordings. Each choice is seeded by the spec's phrasing
 * value mixed with a salt naming what is chosen (a clause, a filler key, a permission's position),
 * so one clause's wording does not move when another clause is added or removed.
 */
final class Phrasing {

  private final long phrasing;

  Phrasing(long phrasing) {
    this.phrasing = phrasing;
  }

  <T> T pick(List<T> options, long salt) {
    return options.get(index(options.size(), salt));
  }

  int index(int bound, long salt) {
    return new SplittableRandom(phrasing ^ salt).nextInt(bound);
  }

  boolean coin(long salt) {
    return index(2, salt) == 0;
  }

  static long salt(Clause clause) {
    return clause.ordinal();
  }

  static long salt(String key) {
    // Far from the small clause ordinals, and stable across JVMs (String.hashCode is specified).
    return ((long) key.hashCode() << 20) | 0xF00L;
  }
}
