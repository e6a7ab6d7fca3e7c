package org.appwatch.model;

/** A setting is unknown or its value cannot be read; the message names the key and the value. */
public final class SettingsException extends RuntimeException {
  public SettingsException(String message) {
    super(message);
  }
}
