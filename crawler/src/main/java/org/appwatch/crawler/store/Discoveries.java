package org.appwatch.crawler.store;

import org.appwatch.crawler.frontier.Link;

/** Where a parse step puts what it found on a page. */
public interface Discoveries {

  /** A URL to crawl. */
  void link(Link link);

  /** An app's listing. */
  void listing(Listing listing);
}
