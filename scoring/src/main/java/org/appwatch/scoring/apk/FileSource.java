package org.appwatch.scoring.apk;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/** Positional reads from an open file channel, so no file is mapped or read whole. */
final class FileSource implements ZipArchive.Source {
  private final FileChannel channel;
  private final long size;

  FileSource(FileChannel channel) throws IOException {
    this.channel = channel;
    this.size = channel.size();
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public ByteBuffer read(long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new EOFException("end of file at " + (position + buffer.position()));
      }
    }
    return buffer.flip();
  }

  /** A source over bytes already in memory, such as a nested APK. */
  static ZipArchive.Source of(byte[] bytes) {
    return new ZipArchive.Source() {
      @Override
      public long size() {
        return bytes.length;
      }

      @Override
      public ByteBuffer read(long position, int length) throws IOException {
        if (position < 0 || position + length > bytes.length) {
          throw new EOFException("read beyond " + bytes.length + " bytes");
        }
        return ByteBuffer.wrap(bytes, (int) position, length)
            .slice()
            .order(ByteOrder.LITTLE_ENDIAN);
      }
    };
  }
}
