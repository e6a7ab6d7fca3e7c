package org.appwatch.scoring.apk;

/** A file could not be read as an APK. */
public final class ApkFormatException extends Exception {
  public ApkFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
