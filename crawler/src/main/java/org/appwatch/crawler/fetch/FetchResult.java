package org.appwatch.crawler.fetch;

import java.net.URI;
import java.time.Instant;

/**
 * What a fetch returned.
 *
 * @param size body bytes stored, or -1 when the status was not 2xx and nothing was stored
 * @param sha256 lowercase hex SHA-256 of the stored body, or null when nothing was stored
 */
public record FetchResult(
    URI uri, int status, String contentType, long size, String sha256, Instant fetchedAt) {

  public boolean ok() {
    return status / 100 == 2 && sha256 != null;
  }
}
