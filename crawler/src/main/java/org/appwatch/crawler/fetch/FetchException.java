package org.appwatch.crawler.fetch;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/** A fetch that produced no usable response; {@link #kind()} says why, for the crawl report. */
public final class FetchException extends IOException {

  /** Why a fetch failed; {@link #label()} is the {@code error_kind} of the crawl records. */
  public enum Kind {
    NETWORK(true),
    TIMEOUT_CONNECT(true),
    TIMEOUT_RESPONSE(true),
    TIMEOUT_TOTAL(true),
    TOO_LARGE(false),
    REFUSED_ADDRESS(false),
    UNSUPPORTED_SCHEME(false);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }

    /** Whether trying again later may succeed. */
    public boolean retryable() {
      return retryable;
    }

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
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
