package org.appwatch.crawler.frontier;

/**
 * Where a URL stands in a crawl. A URL waiting for a retry stays {@code DISCOVERED} with {@code
 * attempts > 0} and a later due time.
 */
public enum UrlStatus {
  DISCOVERED,
  FETCHED,
  REDIRECTED,
  FAILED,
  GONE
}
