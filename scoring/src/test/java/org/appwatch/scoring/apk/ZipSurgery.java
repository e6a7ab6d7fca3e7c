package org.appwatch.scoring.apk;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Byte-level edits of a zip's central directory, to build the hostile files tests need. */
final class ZipSurgery {
  private ZipSurgery() {}

  /** Sets the declared uncompressed size of {@code name} in the central directory. */
  static byte[] declareSize(byte[] zip, String name, long size) {
    byte[] out = zip.clone();
    ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
    int cd = b.getInt(eocd(b) + 16);
    int count = Short.toUnsignedInt(b.getShort(eocd(b) + 10));
    for (int i = 0, p = cd; i < count; i++) {
      int n = Short.toUnsignedInt(b.getShort(p + 28));
      String entry = new String(out, p + 46, n, StandardCharsets.UTF_8);
      if (entry.equals(name)) {
        b.putInt(p + 24, (int) size);
      }
      p +=
          46
              + n
              + Short.toUnsignedInt(b.getShort(p + 30))
              + Short.toUnsignedInt(b.getShort(p + 32));
    }
    return out;
  }

  /** Puts {@code prefix} before the zip and shifts every offset, as the Janus attack does. */
  static byte[] prepend(byte[] prefix, byte[] zip) {
    byte[] out = new byte[prefix.length + zip.length];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    System.arraycopy(zip, 0, out, prefix.length, zip.length);
    ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
    int e = eocd(b);
    int cd = b.getInt(e + 16) + prefix.length;
    b.putInt(e + 16, cd);
    int count = Short.toUnsignedInt(b.getShort(e + 10));
    for (int i = 0, p = cd; i < count; i++) {
      b.putInt(p + 42, b.getInt(p + 42) + prefix.length);
      p +=
          46
              + Short.toUnsignedInt(b.getShort(p + 28))
              + Short.toUnsignedInt(b.getShort(p + 30))
              + Short.toUnsignedInt(b.getShort(p + 32));
    }
    return out;
  }

  /** Replaces every occurrence of one name by another of the same length (local and central). */
  static byte[] rename(byte[] zip, String from, String to) {
    byte[] f = from.getBytes(StandardCharsets.UTF_8);
    byte[] t = to.getBytes(StandardCharsets.UTF_8);
    byte[] out = zip.clone();
    for (int i = 0; i + f.length <= out.length; i++) {
      if (java.util.Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
        System.arraycopy(t, 0, out, i, t.length);
      }
    }
    return out;
  }

  private static int eocd(ByteBuffer b) {
    for (int i = b.limit() - 22; i >= 0; i--) {
      if (b.getInt(i) == 0x06054b50) {
        return i;
      }
    }
    throw new IllegalArgumentException("no end record");
  }
}
