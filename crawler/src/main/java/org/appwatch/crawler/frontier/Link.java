package org.appwatch.crawler.frontier;

import java.net.URI;

/**
 * A URL to crawl and what it is for.
 *
 * @param store the store whose adapter reads it (or whose app it belongs to)
 * @param kind what the URL is: {@code robots}, {@code index}, {@code categories}, {@code listing},
 *     {@code detail}, {@code policy}, {@code apk}
 * @param app the package name it belongs to, or null for store-wide pages
 * @param expectedSha256 the SHA-256 the store promises for an APK, or null
 * @param hops redirects followed to reach this URL
 * @param via the URL a page linked, when redirects led here from it; else null
 */
public record Link(
    URI url, String store, String kind, String app, String expectedSha256, int hops, URI via) {

  public Link(URI url, String store, String kind, String app, String expectedSha256, int hops) {
    this(url, store, kind, app, expectedSha256, hops, null);
  }

  public static Link of(URI url, String store, String kind, String app) {
    return new Link(url, store, kind, app, null, 0);
  }

  /** The URL a page linked: {@link #via} for a redirect target, else the URL itself. */
  public URI requested() {
    return via == null ? url : via;
  }

  public String host() {
    return url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
  }

  /** The same link at another address (a redirect target), one hop further. */
  public Link redirectedTo(URI target) {
    return new Link(target, store, kind, app, expectedSha256, hops + 1, requested());
  }
}
