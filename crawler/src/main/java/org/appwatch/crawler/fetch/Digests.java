package org.appwatch.crawler.fetch;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Message digests every JVM provides. */
final class Digests {
  private Digests() {}

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
