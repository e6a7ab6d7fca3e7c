package org.appwatch.crawler.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.appwatch.crawler.fetch.Exchange;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes every exchange as a WARC request and response record pair (ISO 28500, WARC/1.1) with a
 * SHA-256 payload digest, into files named {@code <prefix>-<nnnnn>.warc[.gz]} that are rotated past
 * a size. A restarted crawl never appends to an existing file (its tail may be torn by a crash): it
 * starts the next number. Each record reaches the file (the operating system) before its write
 * returns, so a row committed after it never points to a record a {@code kill -9} lost. Gzip is one
 * member per record; payloads compressed already (APKs, gzip-encoded bodies) go in stored blocks,
 * since deflating them again costs CPU and saves nothing. Thread-safe: records are written whole,
 * one pair at a time.
 */
public final class WarcArchive implements AutoCloseable {

  private final Path dir;
  private final String prefix;
  private final long maxSize;
  private final boolean gzip;
  private FileChannel file;
  private GzipMembers members;
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
    long offset = file.position();
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
      record(response, compressedAlready(exchange));
    }
    record(
        new WarcRequest.Builder(uri)
            .date(exchange.fetchedAt())
            .concurrentTo(response(responseId))
            .body(MediaType.HTTP_REQUEST, requestHead(exchange))
            .build(),
        false);
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
    long offset = file.position();
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
    record(revisit, false);
    return new WarcRef(fileName, "<urn:uuid:" + id + ">", offset);
  }

  private static URI response(UUID id) {
    return URI.create("urn:uuid:" + id);
  }

  private void record(WarcRecord record, boolean compressedAlready) throws IOException {
    if (members == null) {
      writer.write(record);
      return;
    }
    members.begin(compressedAlready);
    writer.write(record);
    members.end();
  }

  /** Whether the payload is compressed already: deflating it again gains nothing. */
  static boolean compressedAlready(Exchange e) {
    if (e.header("Content-Encoding") != null
        && !e.header("Content-Encoding").equalsIgnoreCase("identity")) {
      return true;
    }
    String type = e.contentType() == null ? "" : e.contentType().toLowerCase(Locale.ROOT);
    return type.contains("android.package-archive")
        || type.contains("zip")
        || type.contains("octet-stream")
        || type.startsWith("image/")
        || type.startsWith("audio/")
        || type.startsWith("video/");
  }

  private void rotateIfNeeded() throws IOException {
    if (file != null && file.position() < maxSize) {
      return;
    }
    closeFile();
    fileName = String.format("%s-%05d.warc%s", prefix, sequence++, gzip ? ".gz" : "");
    file =
        FileChannel.open(
            dir.resolve(fileName),
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE);
    members = gzip ? new GzipMembers(file) : null;
    // Uncompressed as far as jwarc knows: the gzip members are ours, at a level per record.
    writer = new WarcWriter(members == null ? file : members, WarcCompression.NONE);
  }

  private void closeFile() throws IOException {
    if (members != null) {
      members.close();
      members = null;
    }
    if (file != null) {
      file.close();
      file = null;
      writer = null;
    }
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
    closeFile();
  }
}
