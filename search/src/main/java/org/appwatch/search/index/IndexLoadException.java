package org.appwatch.search.index;

/**
 * A load did not complete; the alias still points where it pointed before, and the partial index
 * has been deleted.
 */
public final class IndexLoadException extends Exception {

  public IndexLoadException(String message) {
    super(message);
  }

  public IndexLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
