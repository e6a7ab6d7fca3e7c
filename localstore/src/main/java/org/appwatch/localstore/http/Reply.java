package org.appwatch.localstore.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response a route produces: status, headers and either whole bytes or a streamed body. The
 * {@link Responder} adds conditional GET, gzip and lengths.
 *
 * @param contentType the full Content-Type value (with or without a charset), or null
 * @param bytes the body, or null when {@code stream} writes it
 * @param stream writes a body too large to hold, or null
 * @param etag a quoted entity tag, or null
 * @param lastModified for Last-Modified, or null
 * @param compressible whether gzip may be applied
 */
public record Reply(
    int status,
    String contentType,
    byte[] bytes,
    Body stream,
    String etag,
    Instant lastModified,
    boolean compressible,
    Map<String, String> headers) {

  /** Writes a streamed body. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  public static Reply ok(String contentType, byte[] bytes, boolean compressible) {
    return new Reply(200, contentType, bytes, null, null, null, compressible, Map.of());
  }

  public static Reply html(String html) {
    return ok("text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), true);
  }

  public static Reply json(byte[] json) {
    return ok("application/json; charset=utf-8", json, true);
  }

  /** A body encoded in {@code charset} and labelled with {@code contentType} as given. */
  public static Reply encoded(String contentType, String text, Charset charset) {
    return ok(contentType, text.getBytes(charset), true);
  }

  public static Reply streamed(String contentType, Body body, String etag) {
    return new Reply(200, contentType, null, body, etag, null, true, Map.of());
  }

  public static Reply status(int status, String message) {
    return new Reply(
        status,
        "text/plain; charset=utf-8",
        message.getBytes(StandardCharsets.UTF_8),
        null,
        null,
        null,
        false,
        Map.of());
  }

  public Reply withEtag(String tag) {
    return new Reply(status, contentType, bytes, stream, tag, lastModified, compressible, headers);
  }

  public Reply withLastModified(Instant t) {
    return new Reply(status, contentType, bytes, stream, etag, t, compressible, headers);
  }

  public Reply withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Reply(status, contentType, bytes, stream, etag, lastModified, compressible, h);
  }
}
