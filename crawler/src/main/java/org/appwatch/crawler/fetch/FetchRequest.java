package org.appwatch.crawler.fetch;

import java.net.URI;
import java.nio.file.Path;

/**
 * One GET to make.
 *
 * @param maxBytes the largest body accepted, as received (before content decoding)
 * @param bodyFile where to stream the body, or null to keep it in memory (pages, robots)
 * @param etag validator of an earlier copy, sent as If-None-Match, or null
 * @param lastModified validator of an earlier copy, sent as If-Modified-Since, or null
 */
public record FetchRequest(
    URI uri, long maxBytes, Path bodyFile, String etag, String lastModified) {

  public static FetchRequest inMemory(URI uri, long maxBytes) {
    return new FetchRequest(uri, maxBytes, null, null, null);
  }

  public FetchRequest withValidators(String etag, String lastModified) {
    return new FetchRequest(uri, maxBytes, bodyFile, etag, lastModified);
  }
}
