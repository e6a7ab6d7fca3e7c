package org.appwatch.scoring.apk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a whole file, read in 1 MiB blocks. */
final class FileDigest {
  private FileDigest() {}

  static String sha256(FileChannel channel) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JRE has SHA-256", e);
    }
    ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
    long position = 0;
    int n;
    while ((n = channel.read(buffer, position)) > 0) {
      position += n;
      digest.update(buffer.flip());
      buffer.clear();
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
