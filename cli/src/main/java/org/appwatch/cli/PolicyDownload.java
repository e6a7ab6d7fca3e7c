package org.appwatch.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.zip.GZIPInputStream;
import org.appwatch.crawler.fetch.Exchange;
import org.appwatch.crawler.fetch.FetchRequest;
import org.appwatch.crawler.fetch.FetchSettings;
import org.appwatch.crawler.fetch.HttpFetcher;

/**
 * Fetches one policy page for inspection: follows redirects up to a cap through the crawler's own
 * fetcher (so its address checks, timeouts and size limits apply) and undoes gzip.
 */
final class PolicyDownload {

  private final FetchSettings settings;
  private final long maxBytes;
  private final int maxRedirects;

  PolicyDownload(FetchSettings settings, long maxBytes, int maxRedirects) {
    this.settings = settings;
    this.maxBytes = maxBytes;
    this.maxRedirects = maxRedirects;
  }

  /** The page's body as served, decompressed; the analyser detects its charset. */
  byte[] fetch(URI start) throws IOException {
    try (HttpFetcher fetcher = new HttpFetcher(settings)) {
      URI uri = start;
      for (int hop = 0; hop <= maxRedirects; hop++) {
        Exchange exchange = fetcher.fetch(FetchRequest.inMemory(uri, maxBytes));
        String location = exchange.header("Location");
        if (exchange.status() / 100 == 3 && location != null) {
          uri = uri.resolve(location);
          continue;
        }
        if (exchange.status() / 100 != 2) {
          throw new IOException(uri + " answered HTTP " + exchange.status());
        }
        return exchange.gzipped() ? gunzip(exchange.body()) : exchange.body();
      }
      throw new IOException(start + ": more than " + maxRedirects + " redirects");
    }
  }

  private byte[] gunzip(byte[] body) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes) + 1);
      if (out.length > maxBytes) {
        throw new IOException("the page inflates beyond " + maxBytes + " bytes");
      }
      return out;
    }
  }
}
