package org.appwatch.search.query;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What to search for in the apps index.
 *
 * @param text words to find in titles, descriptions and policy texts (all of them, in any one
 *     field); null or blank for every app
 * @param filters per facet, the values of which an app must have at least one; facets are ANDed
 * @param from how many hits to skip
 * @param size how many hits to return (at most 10,000 with {@code from})
 * @param facetSize how many values to count per facet
 */
public record AppQuery(
    String text, Map<AppFacet, List<String>> filters, int from, int size, int facetSize) {

  public AppQuery {
    Map<AppFacet, List<String>> copy = new EnumMap<>(AppFacet.class);
    filters.forEach((facet, values) -> copy.put(facet, List.copyOf(values)));
    filters = Map.copyOf(copy);
    if (from < 0 || size < 0 || from + size > 10_000 || facetSize < 1) {
      throw new IllegalArgumentException("invalid paging: from " + from + ", size " + size);
    }
  }

  /** The first 20 apps matching {@code text}, with up to 20 values per facet. */
  public static AppQuery text(String text) {
    return new AppQuery(text, Map.of(), 0, 20, 20);
  }

  /** This query with one more filter. */
  public AppQuery filter(AppFacet facet, String... values) {
    Map<AppFacet, List<String>> more = new EnumMap<>(AppFacet.class);
    more.putAll(filters);
    more.put(facet, List.of(values));
    return new AppQuery(text, more, from, size, facetSize);
  }
}
