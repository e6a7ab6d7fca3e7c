package org.appwatch.scoring.apk;

/**
 * Bounds that keep the analysis of a hostile file within predictable time and memory.
 *
 * @param maxFileBytes largest APK read at all (at most 2 GiB, the zip32 limit)
 * @param maxEntries most zip entries
 * @param maxRatio largest inflated/compressed ratio of an entry above {@code ratioFloorBytes}
 * @param ratioFloorBytes entries that inflate to fewer bytes are never ratio-checked (tiny files of
 *     zeros compress very well and are harmless)
 * @param maxTotalInflatedBytes most inflated bytes declared by all entries together, and most
 *     actually inflated by the analyser
 * @param maxEntryBytes largest single entry read into memory
 * @param maxPoolStrings most strings in one binary-XML or resource string pool
 * @param maxNestingDepth how deep nested APKs are opened
 */
public record ApkLimits(
    long maxFileBytes,
    int maxEntries,
    int maxRatio,
    long ratioFloorBytes,
    long maxTotalInflatedBytes,
    int maxEntryBytes,
    int maxPoolStrings,
    int maxNestingDepth) {

  /**
   * Defaults sized for real store APKs: the largest games are under 2 GiB, DEX files under 64 MiB,
   * manifests hold a few thousand strings and resource tables under a million. A deflated entry
   * rarely exceeds a ratio of 30; 200 leaves room for sparse assets.
   */
  public static ApkLimits defaults() {
    return new ApkLimits(
        Integer.MAX_VALUE, 100_000, 200, 1 << 20, 4L << 30, 256 << 20, 2_000_000, 1);
  }
}
