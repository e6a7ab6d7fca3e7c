package org.appwatch.scoring.apk;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A chunk header (ResChunk_header) of a resource file, checked to lie within its parent.
 *
 * @param at offset of the chunk
 * @param type chunk type
 * @param headerSize bytes of the header
 * @param size bytes of the whole chunk
 */
record Chunk(int at, int type, int headerSize, int size) {

  /**
   * The chunks that follow the header of the chunk at {@code parent}, up to {@code end}; stops at
   * the first chunk whose sizes do not fit, so that a damaged tail costs its content only.
   */
  static List<Chunk> children(ByteBuffer buf, int parent, int end) {
    List<Chunk> out = new ArrayList<>();
    int p = parent + Short.toUnsignedInt(buf.getShort(parent + 2));
    while (p + 8 <= end) {
      Chunk c =
          new Chunk(
              p,
              Short.toUnsignedInt(buf.getShort(p)),
              Short.toUnsignedInt(buf.getShort(p + 2)),
              buf.getInt(p + 4));
      if (c.size < 8 || c.headerSize < 8 || c.headerSize > c.size || (long) p + c.size > end) {
        break;
      }
      out.add(c);
      p += c.size;
    }
    return out;
  }
}
