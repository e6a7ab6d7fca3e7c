package org.appwatch.crawler.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.appwatch.crawler.fetch.Exchange;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes every exchange as a WARC request and response record pair (ISO 28500, WARC/1.1) with a
 * SHA-256 payload digest, into files named {@code <prefix>-<nnnnn>.warc[.gz]} that are rotated past
 * a size. A restarted crawl never appends to an existing file (its tail may be torn by a crash): it
 * starts the next number. Thread-safe: records are written whole, one pair at a time.
 */
public final class WarcArchive implements AutoCloseable {

  private final Path dir;
  private final String prefix;
  private final long maxSize;
  private final boolean gzip;
  private WarcWriter writer;
  private String fileName;
  private int sequence;

  public WarcArchive(Path dir, String prefix, long maxSize, boolean gzip) throws IOException {
    this.dir = dir;
    this.prefix = prefix;
    this.maxSize = maxSize;
    this.gzip = gzip;
    Files.createDirectories(dir);
    try (var existing = Files.list(dir)) {
      sequence =
          (int) existing.filter(p -> p.getFileName().toString().startsWith(prefix + "-")).count();
    }
  }

  /** Writes the request and response of an exchange; returns where the response record lies. */
  public synchronized WarcRef write(Exchange exchange) throws IOException {
    rotateIfNeeded();
    URI uri = exchange.uri();
    UUID responseId = UUID.randomUUID();
    long offset = writer.position();
    byte[] head = responseHead(exchange);
    InputStream body =
        exchange.bodyFile() != null
            ? Files.newInputStream(exchange.bodyFile())
            : new java.io.ByteArrayInputStream(
                exchange.body() == null ? new byte[0] : exchange.body());
    try (InputStream block =
        new SequenceInputStream(new java.io.ByteArrayInputStream(head), body)) {
      WarcResponse response =
          new WarcResponse.Builder(uri)
              .recordId(responseId)
              .date(exchange.fetchedAt())
              .payloadDigest("sha256", exchange.payloadSha256())
              .addHeader("WARC-IP-Address", exchange.ip())
              .body(
                  MediaType.HTTP_RESPONSE,
                  Channels.newChannel(block),
                  head.length + exchange.bodySize())
              .build();
      writer.write(response);
    }
    writer.write(
        new WarcRequest.Builder(uri)
            .date(exchange.fetchedAt())
            .concurrentTo(response(responseId))
            .body(MediaType.HTTP_REQUEST, requestHead(exchange))
            .build());
    return new WarcRef(fileName, "<urn:uuid:" + responseId + ">", offset);
  }

  /**
   * Records that an exchange returned a payload already archived (or a 304): a revisit record with
   * the response headers only, pointing to the original.
   */
  public synchronized WarcRef writeRevisit(
      Exchange exchange, String profile, WarcRef original, URI originalUri) throws IOException {
    rotateIfNeeded();
    UUID id = UUID.randomUUID();
    long offset = writer.position();
    WarcRevisit revisit =
        new WarcRevisit.Builder(exchange.uri(), URI.create(profile))
            .recordId(id)
            .date(exchange.fetchedAt())
            .payloadDigest("sha256", exchange.payloadSha256())
            .refersTo(
                URI.create(original.recordId().replaceAll("[<>]", "")), originalUri, Instant.EPOCH)
            .addHeader("WARC-IP-Address", exchange.ip())
            .body(MediaType.HTTP_RESPONSE, responseHead(exchange))
            .build();
    writer.write(revisit);
    return new WarcRef(fileName, "<urn:uuid:" + id + ">", offset);
  }

  private static URI response(UUID id) {
    return URI.create("urn:uuid:" + id);
  }

  private void rotateIfNeeded() throws IOException {
    if (writer != null && writer.position() < maxSize) {
      return;
    }
    if (writer != null) {
      writer.close();
    }
    fileName = String.format("%s-%05d.warc%s", prefix, sequence++, gzip ? ".gz" : "");
    writer =
        new WarcWriter(
            Files.newByteChannel(
                dir.resolve(fileName),
                java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE),
            gzip ? WarcCompression.GZIP : WarcCompression.NONE);
  }

  private static byte[] responseHead(Exchange e) {
    StringBuilder b = new StringBuilder("HTTP/1.1 ").append(e.status()).append(' ');
    b.append(e.reason() == null ? "" : e.reason()).append("\r\n");
    for (Map.Entry<String, String> h : e.responseHeaders()) {
      // The body is kept de-chunked; a reader must not de-chunk it again (as StormCrawler does).
      String name =
          h.getKey().equalsIgnoreCase("Transfer-Encoding")
              ? "X-Crawler-Transfer-Encoding"
              : h.getKey();
      b.append(name).append(": ").append(h.getValue()).append("\r\n");
    }
    return b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] requestHead(Exchange e) {
    URI u = e.uri();
    String target = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
    if (u.getRawQuery() != null) {
      target += "?" + u.getRawQuery();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder b = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\n");
    for (Map.Entry<String, String> h : e.requestHeaders()) {
      b.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
    }
    out.writeBytes(b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
    return out.toByteArray();
  }

  @Override
  public synchronized void close() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
    }
  }
}
