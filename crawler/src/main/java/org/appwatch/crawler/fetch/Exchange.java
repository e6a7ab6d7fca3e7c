package org.appwatch.crawler.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request and its response, as sent and as received: enough to write both as WARC records.
 * Redirects are not followed; a 3xx comes back as it is.
 *
 * @param requestHeaders in the order sent
 * @param responseHeaders in the order received
 * @param body the body as received (still content-encoded), when kept in memory; else null
 * @param bodyFile the file the body was streamed to, when the request asked for one; else null
 * @param payloadSha256 lowercase hex SHA-256 of the body as received
 * @param ip the address connected to
 */
public record Exchange(
    URI uri,
    List<Map.Entry<String, String>> requestHeaders,
    int status,
    String reason,
    List<Map.Entry<String, String>> responseHeaders,
    byte[] body,
    Path bodyFile,
    long bodySize,
    String payloadSha256,
    String ip,
    Instant fetchedAt) {

  /** The first value of a response header, case-insensitively, or null. */
  public String header(String name) {
    for (Map.Entry<String, String> h : responseHeaders) {
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue();
      }
    }
    return null;
  }

  public String contentType() {
    return header("Content-Type");
  }

  /** Whether the body is gzip-encoded and must be decoded before reading. */
  public boolean gzipped() {
    String encoding = header("Content-Encoding");
    return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip");
  }
}
