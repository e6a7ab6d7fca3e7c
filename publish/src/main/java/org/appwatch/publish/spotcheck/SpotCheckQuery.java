package org.appwatch.publish.spotcheck;

import java.util.List;
import org.appwatch.publish.data.CrawlSnapshot;

/**
 * What to put on the list: the first {@code top} apps by priority, optionally of one store and one
 * category (null: all).
 */
public record SpotCheckQuery(int top, String store, String category) {

  public SpotCheckQuery {
    if (top < 1) {
      throw new IllegalArgumentException("--top must be at least 1, was " + top);
    }
  }

  /**
   * Checks the store and category against the crawl.
   *
   * @throws IllegalArgumentException naming the known stores or categories
   */
  public void validate(CrawlSnapshot crawl) {
    check("store", store, crawl.stores());
    check("category", category, crawl.categories());
  }

  private static void check(String what, String value, List<String> known) {
    if (value != null && !known.contains(value)) {
      throw new IllegalArgumentException(
          "unknown " + what + " '" + value + "'; known " + what + "s: " + String.join(", ", known));
    }
  }
}
