package org.appwatch.localstore.apk;

/** Turns an {@link ApkSpec} into the bytes of a signed APK. */
public final class ApkWriter {

  /**
   * Writes a signed APK for {@code spec}.
   *
   * @return the APK file's bytes; identical for equal specs
   */
  public byte[] write(ApkSpec spec) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
