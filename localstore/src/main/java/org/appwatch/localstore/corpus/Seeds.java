package org.appwatch.localstore.corpus;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Derives independent random streams from a seed and a tuple of parts, so that any fact of any app
 * can be recomputed alone, in any order, on any thread.
 */
public final class Seeds {

  private Seeds() {}

  /** SplitMix64's finaliser folded over the parts; equal inputs give equal outputs. */
  public static long mix(long seed, long... parts) {
    long h = stafford(seed ^ 0x9E3779B97F4A7C15L);
    for (long p : parts) {
      h = stafford(h ^ stafford(p + 0x632BE59BD9B4E019L));
    }
    return h;
  }

  /** A stream for {@code (seed, parts...)}. */
  public static SplittableRandom random(long seed, long... parts) {
    return new SplittableRandom(mix(seed, parts));
  }

  /** A stable 64-bit hash of a string, for deriving streams from paths and names. */
  public static long hash(String s) {
    long h = 0x84222325CBF29CE4L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001B3L;
    }
    return stafford(h);
  }

  /** A uniform double in [0, 1) for {@code (seed, parts...)}. */
  public static double unit(long seed, long... parts) {
    return (mix(seed, parts) >>> 11) * 0x1.0p-53;
  }

  private static long stafford(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
