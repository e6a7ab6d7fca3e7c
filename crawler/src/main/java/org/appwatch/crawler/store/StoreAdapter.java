package org.appwatch.crawler.store;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.appwatch.crawler.frontier.Link;

/**
 * Reads one store's pages. Which adapter reads a store is configuration ({@link
 * StoreSpec#adapter()}, see {@link StoreAdapters}); an adapter owns the store's own kinds of page
 * (index, categories, listing, detail), while policy pages and APKs are read the same way for every
 * store.
 */
public interface StoreAdapter {

  /** The store id written to output rows. */
  String store();

  /** Where a crawl of the whole store starts. */
  List<Link> seeds(URI base);

  /**
   * The pages to fetch for a plain list of app ids.
   *
   * @throws UnsupportedOperationException for stores only readable as a whole (F-Droid)
   */
  List<Link> appSeeds(URI base, List<String> appIds);

  /**
   * Reads a page of a kind this store owns into links and listings.
   *
   * @throws IOException when the page is not what the configuration expects
   */
  void read(Page page, Discoveries out) throws IOException;

  /** Whether this store's pages are HTML (for the size limit and charset sniffing). */
  boolean html();
}
