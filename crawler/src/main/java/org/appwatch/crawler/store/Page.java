package org.appwatch.crawler.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.appwatch.crawler.fetch.DecodedText;
import org.appwatch.crawler.fetch.TextDecoder;
import org.appwatch.crawler.frontier.Link;

/**
 * A fetched page handed to a parse step: the link it was fetched for, the URL that answered, and
 * its body (in memory, or in a file for large kinds such as indexes), content-decoded on reading.
 */
public final class Page {

  private final Link link;
  private final byte[] body;
  private final Path bodyFile;
  private final boolean gzipped;
  private final String contentType;
  private DecodedText text;

  public Page(Link link, byte[] body, Path bodyFile, boolean gzipped, String contentType) {
    this.link = link;
    this.body = body;
    this.bodyFile = bodyFile;
    this.gzipped = gzipped;
    this.contentType = contentType;
  }

  public Link link() {
    return link;
  }

  public URI uri() {
    return link.url();
  }

  public String contentType() {
    return contentType;
  }

  /** The body, content-decoded (gzip undone). */
  public InputStream open() throws IOException {
    InputStream raw =
        bodyFile != null ? Files.newInputStream(bodyFile) : new ByteArrayInputStream(body);
    return gzipped ? new GZIPInputStream(raw, 16 * 1024) : raw;
  }

  /** The decoded bytes; only for in-memory pages, whose size the fetch already capped. */
  public byte[] bytes() throws IOException {
    if (!gzipped && body != null) {
      return body;
    }
    try (InputStream in = open()) {
      // A gzip bomb is cut off: real pages inflate far less than this.
      long cap = Math.max(32L << 20, (body == null ? 0 : body.length) * 100L);
      return in.readNBytes((int) Math.min(cap, Integer.MAX_VALUE - 8));
    }
  }

  /** The body as text, charset from BOM, header, meta or detection. */
  public DecodedText text(boolean html) throws IOException {
    if (text == null) {
      text = TextDecoder.decode(bytes(), contentType, html);
    }
    return text;
  }
}
