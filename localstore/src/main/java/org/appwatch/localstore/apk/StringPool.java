package org.appwatch.localstore.apk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An Android {@code ResStringPool} in UTF-16, so labels in any script (Chinese included) survive.
 * Strings keep the index of their first {@link #add}; the pool is written in that order, which
 * matters for binary XML where the first strings must line up with the resource-id map.
 */
final class StringPool {
  private static final int RES_STRING_POOL_TYPE = 0x0001;
  private static final int HEADER_SIZE = 28;

  private final Map<String, Integer> indexes = new LinkedHashMap<>();

  /** Adds {@code value} if absent and returns its index. */
  int add(String value) {
    return indexes.computeIfAbsent(value, v -> indexes.size());
  }

  /** The index of a string already added; throws if it was never added. */
  int indexOf(String value) {
    Integer index = indexes.get(value);
    if (index == null) {
      throw new IllegalStateException("string not in pool: " + value);
    }
    return index;
  }

  int size() {
    return indexes.size();
  }

  /** Appends the pool chunk to {@code out}. */
  void writeTo(ChunkBuffer out) {
    List<String> strings = new ArrayList<>(indexes.keySet());
    int start = out.startChunk(RES_STRING_POOL_TYPE, HEADER_SIZE);
    out.u32(strings.size()).u32(0).u32(0); // string count, style count, flags (UTF-16)
    int stringsStartField = out.position();
    out.u32(0).u32(0); // strings start, styles start (none)
    int offsetsAt = out.position();
    for (int i = 0; i < strings.size(); i++) {
      out.u32(0);
    }
    int dataStart = out.position();
    out.putU32(stringsStartField, dataStart - start);
    for (int i = 0; i < strings.size(); i++) {
      out.putU32(offsetsAt + 4 * i, out.position() - dataStart);
      writeUtf16(out, strings.get(i));
    }
    out.padTo4();
    out.endChunk(start);
  }

  private static void writeUtf16(ChunkBuffer out, String value) {
    int length = value.length();
    if (length > 0x7fff) {
      // Long form: high bit set on the first unit, which carries the upper 15 bits.
      out.u16(0x8000 | (length >>> 16)).u16(length & 0xffff);
    } else {
      out.u16(length);
    }
    for (int i = 0; i < length; i++) {
      out.u16(value.charAt(i));
    }
    out.u16(0);
  }
}
