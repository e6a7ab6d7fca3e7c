package org.appwatch.localstore.apk;

import java.util.Arrays;

/**
 * A growable little-endian byte buffer for Android's resource chunk formats (binary XML and
 * resources.arsc), which need sizes patched in after a chunk's body is known.
 */
final class ChunkBuffer {
  private byte[] bytes = new byte[256];
  private int size;

  int position() {
    return size;
  }

  ChunkBuffer u8(int value) {
    ensure(1);
    bytes[size++] = (byte) value;
    return this;
  }

  ChunkBuffer u16(int value) {
    ensure(2);
    bytes[size++] = (byte) value;
    bytes[size++] = (byte) (value >>> 8);
    return this;
  }

  ChunkBuffer u32(int value) {
    ensure(4);
    putU32(size, value);
    size += 4;
    return this;
  }

  ChunkBuffer bytes(byte[] value) {
    ensure(value.length);
    System.arraycopy(value, 0, bytes, size, value.length);
    size += value.length;
    return this;
  }

  /** Appends zero bytes up to the next multiple of four, as every chunk must end aligned. */
  ChunkBuffer padTo4() {
    while ((size & 3) != 0) {
      u8(0);
    }
    return this;
  }

  /**
   * Starts a chunk: type, header size and a size placeholder.
   *
   * @return the chunk's start offset, to pass to {@link #endChunk}
   */
  int startChunk(int type, int headerSize) {
    int start = size;
    u16(type).u16(headerSize).u32(0);
    return start;
  }

  /** Fills in the size of the chunk started at {@code start}, which ends at the current end. */
  void endChunk(int start) {
    putU32(start + 4, size - start);
  }

  /** Overwrites the four bytes at {@code offset}. */
  void putU32(int offset, int value) {
    bytes[offset] = (byte) value;
    bytes[offset + 1] = (byte) (value >>> 8);
    bytes[offset + 2] = (byte) (value >>> 16);
    bytes[offset + 3] = (byte) (value >>> 24);
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
