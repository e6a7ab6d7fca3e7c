package org.appwatch.crawler.store.fdroid;

import java.io.IOException;

/** The document served as an F-Droid index is not one. */
public final class FdroidIndexException extends IOException {
  public FdroidIndexException(String message) {
    super(message);
  }
}
