package org.appwatch.localstore.apk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the unsigned APK zip. Every entry is STORED with one fixed timestamp, so the bytes do not
 * depend on the zlib build, the time zone or the clock: the store must regenerate byte-identical
 * APKs whose SHA-256 its index already published. Storing also saves the deflate time per request.
 */
final class UnsignedApk {
  // The same instant Android's build tools stamp on reproducible entries.
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2010, 1, 1, 0, 0);

  private final ByteArrayOutputStream bytes;
  private final ZipOutputStream zip;

  UnsignedApk(int expectedSize) {
    bytes = new ByteArrayOutputStream(expectedSize + 4096);
    zip = new ZipOutputStream(bytes);
  }

  UnsignedApk add(String name, byte[] content) {
    CRC32 crc = new CRC32();
    crc.update(content);
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(content.length);
    entry.setCompressedSize(content.length);
    entry.setCrc(crc.getValue());
    entry.setTimeLocal(ENTRY_TIME);
    try {
      zip.putNextEntry(entry);
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory stream: cannot happen
    }
    return this;
  }

  byte[] finish() {
    try {
      zip.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
