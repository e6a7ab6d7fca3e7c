package org.appwatch.scoring.apk;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A binary-XML / resource-table string pool (ResStringPool), decoded lazily: the offsets are
 * checked when the pool is opened, a string is decoded when first asked for. A pool claiming more
 * strings than its chunk can hold, or more than the limit, is refused before anything is allocated.
 */
final class StringPool {
  private static final int UTF8_FLAG = 0x100;

  private final ByteBuffer buffer;
  private final int offsetsStart;
  private final int stringsStart;
  private final int end;
  private final int count;
  private final boolean utf8;
  private final String[] decoded;

  private StringPool(
      ByteBuffer buffer, int chunk, int headerSize, int size, int count, int flags, int strings) {
    this.buffer = buffer;
    this.offsetsStart = chunk + headerSize;
    this.stringsStart = chunk + strings;
    this.end = chunk + size;
    this.count = count;
    this.utf8 = (flags & UTF8_FLAG) != 0;
    this.decoded = new String[count];
  }

  /**
   * Opens the pool chunk at {@code chunk}.
   *
   * @param what the file it belongs to, for messages
   * @param malformed the code to fail with when the chunk is inconsistent
   */
  static StringPool open(
      ByteBuffer buffer, int chunk, int maxStrings, String what, ApkErrorCode malformed)
      throws ApkProblem {
    int headerSize = Short.toUnsignedInt(buffer.getShort(chunk + 2));
    int size = buffer.getInt(chunk + 4);
    long count = Integer.toUnsignedLong(buffer.getInt(chunk + 8));
    int flags = buffer.getInt(chunk + 16);
    int strings = buffer.getInt(chunk + 20);
    if (count > maxStrings) {
      throw new ApkProblem(
          ApkErrorCode.STRING_POOL_TOO_LARGE, what + ": string pool of " + count + " strings");
    }
    if (headerSize < 28
        || size < headerSize
        || (long) chunk + size > buffer.limit()
        || headerSize + count * 4 > size
        || (count > 0 && (strings < headerSize + count * 4 || strings > size))) {
      throw new ApkProblem(malformed, what + ": inconsistent string pool header");
    }
    return new StringPool(buffer, chunk, headerSize, size, (int) count, flags, strings);
  }

  int size() {
    return count;
  }

  /**
   * @return the string, or null for index -1 (no string) and for out-of-range or undecodable
   *     entries, which hostile files contain and which must not stop the analysis
   */
  String get(int index) {
    if (index < 0 || index >= count) {
      return null;
    }
    String s = decoded[index];
    if (s == null) {
      try {
        s = decode(stringsStart + buffer.getInt(offsetsStart + 4 * index));
      } catch (IndexOutOfBoundsException e) {
        return null; // a length field that runs past the pool
      }
      decoded[index] = s;
    }
    return s;
  }

  private String decode(int at) {
    if (at < stringsStart || at + 2 > end) {
      return null;
    }
    if (utf8) {
      int p = at + lengthBytes8(at); // skip the UTF-16 length
      int bytes = length8(p);
      p += lengthBytes8(p);
      if (bytes < 0 || p + bytes > end) {
        return null;
      }
      byte[] data = new byte[bytes];
      buffer.get(p, data);
      return new String(data, StandardCharsets.UTF_8);
    }
    int chars = Short.toUnsignedInt(buffer.getShort(at));
    int p = at + 2;
    if ((chars & 0x8000) != 0) {
      chars = ((chars & 0x7fff) << 16) | Short.toUnsignedInt(buffer.getShort(p));
      p += 2;
    }
    if ((long) p + 2L * chars > end) {
      return null;
    }
    char[] data = new char[chars];
    for (int i = 0; i < chars; i++) {
      data[i] = buffer.getChar(p + 2 * i);
    }
    return new String(data);
  }

  private int lengthBytes8(int at) {
    return (buffer.get(at) & 0x80) != 0 ? 2 : 1;
  }

  private int length8(int at) {
    int first = buffer.get(at) & 0xff;
    return (first & 0x80) == 0 ? first : ((first & 0x7f) << 8) | (buffer.get(at + 1) & 0xff);
  }
}
