package org.appwatch.scoring.apk;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Which signature schemes an APK Signing Block holds (the block just before the central directory),
 * read without verifying anything, so a broken signature still shows as present.
 */
final class SigningBlock {
  static final int V2_ID = 0x7109871a;
  static final int V3_ID = 0xf05368c0;
  static final int V31_ID = 0x1b93ad61;
  private static final long MAGIC_LO = 0x20676953204b5041L; // "APK Sig "
  private static final long MAGIC_HI = 0x3234206b636f6c42L; // "Block 42"
  private static final int MAX_BLOCK = 64 << 20;

  private SigningBlock() {}

  /** Returns the ids of the block's entries, or an empty array when there is no block. */
  static int[] ids(ZipArchive.Source source, long cdOffset) throws IOException {
    if (cdOffset < 32) {
      return new int[0];
    }
    ByteBuffer footer = source.read(cdOffset - 24, 24);
    if (footer.getLong(8) != MAGIC_LO || footer.getLong(16) != MAGIC_HI) {
      return new int[0];
    }
    long size = footer.getLong(0);
    if (size < 24 || size > MAX_BLOCK || size + 8 > cdOffset) {
      return new int[0];
    }
    ByteBuffer block = source.read(cdOffset - size - 8, (int) size - 16);
    int[] ids = new int[64];
    int n = 0;
    int p = 8; // after the leading size field
    while (p + 12 <= block.limit() && n < ids.length) {
      long length = block.getLong(p);
      if (length < 4 || p + 8 + length > block.limit()) {
        break;
      }
      ids[n++] = block.getInt(p + 8);
      p += 8 + (int) length;
    }
    return java.util.Arrays.copyOf(ids, n);
  }
}
