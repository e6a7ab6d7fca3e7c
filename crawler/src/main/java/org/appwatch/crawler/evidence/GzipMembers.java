package org.appwatch.crawler.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a file as a series of gzip members (RFC 1952), one per WARC record as the {@code .warc.gz}
 * convention asks, each at the level its content deserves: text at the fastest level, and content
 * that is compressed already (APKs, gzip-encoded bodies) in stored blocks, where deflating again
 * would cost CPU for no gain. Any gzip or WARC reader reads both alike. Not thread-safe: the
 * archive writes one record at a time.
 */
final class GzipMembers implements WritableByteChannel {

  // Magic, deflate, no flags, no time, no extra flags, unknown OS.
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};

  private final FileChannel file;
  private final Deflater fast = new Deflater(Deflater.BEST_SPEED, true);
  private final Deflater stored = new Deflater(Deflater.NO_COMPRESSION, true);
  private final CRC32 crc = new CRC32();
  private final ByteBuffer out = ByteBuffer.allocate(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
  private Deflater deflater;
  private long inputSize;

  GzipMembers(FileChannel file) {
    this.file = file;
  }

  /** Starts a member; everything written until {@link #end()} goes into it. */
  void begin(boolean compressedAlready) {
    deflater = compressedAlready ? stored : fast;
    deflater.reset();
    crc.reset();
    inputSize = 0;
    out.clear();
    out.put(HEADER);
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    int n = src.remaining();
    crc.update(src.duplicate());
    inputSize += n;
    deflater.setInput(src);
    while (!deflater.needsInput()) {
      deflateSome();
    }
    return n;
  }

  /** Ends the member and writes it out whole. */
  void end() throws IOException {
    deflater.finish();
    while (!deflater.finished()) {
      deflateSome();
    }
    if (out.remaining() < 8) {
      drain();
    }
    out.putInt((int) crc.getValue());
    out.putInt((int) inputSize);
    drain();
    deflater = null;
  }

  private void deflateSome() throws IOException {
    if (out.remaining() < 1024) {
      drain();
    }
    deflater.deflate(out);
  }

  private void drain() throws IOException {
    out.flip();
    while (out.hasRemaining()) {
      file.write(out);
    }
    out.clear();
  }

  @Override
  public boolean isOpen() {
    return file.isOpen();
  }

  /** Frees the deflaters; the file is its owner's to close. */
  @Override
  public void close() {
    fast.end();
    stored.end();
  }
}
