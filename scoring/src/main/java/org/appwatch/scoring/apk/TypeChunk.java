package org.appwatch.scoring.apk;

import java.nio.ByteBuffer;

/**
 * One ResTable_type chunk of {@code resources.arsc}: the entries of one resource type in one
 * configuration. Reads the three entry-offset layouts (32-bit, 16-bit and sparse) and the full and
 * compact entry forms that aapt and aapt2 write.
 */
final class TypeChunk {
  private static final int NO_ENTRY = 0xffffffff;
  private static final int FLAG_SPARSE = 0x01;
  private static final int FLAG_OFFSET16 = 0x02;
  private static final int ENTRY_FLAG_COMPLEX = 0x0001;
  private static final int ENTRY_FLAG_COMPACT = 0x0008;
  private static final int CONFIG = 20;
  private static final int LANGUAGE = 8;
  private static final int COUNTRY_END = 12;

  private final ByteBuffer buf;
  private final Chunk chunk;
  private final int flags;
  private final int entryCount;
  private final int entriesStart;
  private final int configSize;

  TypeChunk(ByteBuffer buf, Chunk chunk) {
    this.buf = buf;
    this.chunk = chunk;
    this.flags = buf.get(chunk.at() + 9) & 0xff;
    this.entryCount = buf.getInt(chunk.at() + 12);
    this.entriesStart = buf.getInt(chunk.at() + 16);
    this.configSize = Math.min(buf.getInt(chunk.at() + CONFIG), chunk.headerSize() - CONFIG);
  }

  int typeId() {
    return buf.get(chunk.at() + 8) & 0xff;
  }

  /** True for the configuration without qualifiers. */
  boolean isDefault() {
    return zeroExcept(0, 0);
  }

  /** {@code zh} or {@code zh-CN} for a configuration qualified by locale only, else null. */
  String localeTag() {
    int cfg = chunk.at() + CONFIG;
    if (configSize < COUNTRY_END || !zeroExcept(LANGUAGE, COUNTRY_END)) {
      return null;
    }
    char l0 = (char) (buf.get(cfg + LANGUAGE) & 0xff);
    char l1 = (char) (buf.get(cfg + LANGUAGE + 1) & 0xff);
    if (!Character.isLetter(l0) || !Character.isLetter(l1) || l0 > 0x7f || l1 > 0x7f) {
      return null; // no language, or a packed three-letter code
    }
    char c0 = (char) (buf.get(cfg + LANGUAGE + 2) & 0xff);
    char c1 = (char) (buf.get(cfg + LANGUAGE + 3) & 0xff);
    String tag = "" + l0 + l1;
    return c0 == 0 || c0 > 0x7f || c1 > 0x7f ? tag : tag + "-" + c0 + c1;
  }

  /** {type, data} of entry {@code index}, or null when absent, complex or out of bounds. */
  int[] value(int index) {
    try {
      int offset = offset(index);
      if (offset < 0) {
        return null;
      }
      int entry = chunk.at() + entriesStart + offset;
      if (entry < chunk.at() || entry + 8 > chunk.at() + chunk.size()) {
        return null;
      }
      int entryFlags = Short.toUnsignedInt(buf.getShort(entry + 2));
      if ((entryFlags & ENTRY_FLAG_COMPACT) != 0) {
        return new int[] {entryFlags >>> 8, buf.getInt(entry + 4)};
      }
      if ((entryFlags & ENTRY_FLAG_COMPLEX) != 0) {
        return null;
      }
      int value = entry + Short.toUnsignedInt(buf.getShort(entry));
      if (value + 8 > chunk.at() + chunk.size()) {
        return null;
      }
      return new int[] {buf.get(value + 3) & 0xff, buf.getInt(value + 4)};
    } catch (IndexOutOfBoundsException e) {
      return null;
    }
  }

  /** Byte offset of the entry from {@code entriesStart}, or -1. */
  private int offset(int index) {
    int table = chunk.at() + chunk.headerSize();
    if (entryCount < 0 || (long) table + 4L * entryCount > chunk.at() + chunk.size()) {
      return -1;
    }
    if ((flags & FLAG_SPARSE) != 0) {
      int lo = 0;
      int hi = entryCount - 1;
      while (lo <= hi) { // pairs of (uint16 index, uint16 offset / 4), sorted by index
        int mid = (lo + hi) >>> 1;
        int at = Short.toUnsignedInt(buf.getShort(table + 4 * mid));
        if (at == index) {
          return Short.toUnsignedInt(buf.getShort(table + 4 * mid + 2)) * 4;
        }
        if (at < index) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return -1;
    }
    if (index >= entryCount) {
      return -1;
    }
    if ((flags & FLAG_OFFSET16) != 0) {
      int o = Short.toUnsignedInt(buf.getShort(table + 2 * index));
      return o == 0xffff ? -1 : o * 4;
    }
    int o = buf.getInt(table + 4 * index);
    return o == NO_ENTRY || o < 0 ? -1 : o;
  }

  /** True when every config byte after the size field is zero, except [from, to). */
  private boolean zeroExcept(int from, int to) {
    int cfg = chunk.at() + CONFIG;
    for (int i = 4; i < configSize; i++) {
      if ((i < from || i >= to) && buf.get(cfg + i) != 0) {
        return false;
      }
    }
    return true;
  }
}
