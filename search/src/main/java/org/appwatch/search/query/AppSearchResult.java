package org.appwatch.search.query;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, riskiest first, with the facet counts over all matching apps.
 *
 * @param total how many apps matched in all
 * @param facets per facet, the most frequent values among the matches, most frequent first
 */
public record AppSearchResult(
    long total, List<AppHit> hits, Map<AppFacet, List<FacetValue>> facets) {

  /** One facet value and how many matching apps have it. */
  public record FacetValue(String value, long count) {}

  public AppSearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
