package org.appwatch.crawler.fetch;

import java.io.IOException;
import java.net.URI;

/** A fetch that produced no usable response; {@link #kind()} says why, for the crawl report. */
public final class FetchException extends IOException {

  /** Why a fetch failed. */
  public enum Kind {
    NETWORK,
    TOO_LARGE
  }

  private final URI uri;
  private final Kind kind;

  public FetchException(URI uri, Kind kind, String message, Throwable cause) {
    super(uri + ": " + message, cause);
    this.uri = uri;
    this.kind = kind;
  }

  public URI uri() {
    return uri;
  }

  public Kind kind() {
    return kind;
  }
}
