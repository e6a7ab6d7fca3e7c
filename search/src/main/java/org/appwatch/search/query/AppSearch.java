package org.appwatch.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.BoundaryScanner;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.appwatch.search.index.AppDocument;
import org.appwatch.search.index.SearchIndex;

/**
 * Searches the apps index through its alias: full text over titles, descriptions and policy texts,
 * term filters per {@link AppFacet}, riskiest apps first (relevance breaks ties), and a terms
 * aggregation per facet. Facet counts are taken over the filtered matches.
 */
public final class AppSearch {

  private static final List<String> TEXT_FIELDS =
      List.of("title^2", "developer.text", "description", "policy_text");
  private static final List<String> HIGHLIGHTED = List.of("description", "policy_text");

  /**
   * Fragments grow sentence by sentence up to this many characters, and longer sentences are cut at
   * a word near it: about one sentence of a Chinese policy, which is what an inspector quotes.
   */
  private static final int SENTENCE = 50;

  private final ElasticsearchClient client;

  public AppSearch(ElasticsearchClient client) {
    this.client = client;
  }

  /**
   * Runs {@code query}.
   *
   * @throws IOException if the cluster cannot be reached
   * @throws co.elastic.clients.elasticsearch._types.ElasticsearchException if it refuses the query,
   *     e.g. because the index has not been loaded yet (404)
   */
  public AppSearchResult search(AppQuery query) throws IOException {
    SearchResponse<AppDocument> response =
        client.search(
            s -> {
              s.index(SearchIndex.APPS.alias())
                  .query(query(query))
                  .from(query.from())
                  .size(query.size())
                  .trackTotalHits(t -> t.enabled(true))
                  .sort(o -> o.field(f -> f.field("risk_score").order(SortOrder.Desc)))
                  .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                  .sort(o -> o.field(f -> f.field("package_name").order(SortOrder.Asc)));
              if (hasText(query)) {
                s.highlight(
                    h -> {
                      for (String field : HIGHLIGHTED) {
                        h.fields(
                            field,
                            f ->
                                f.type("unified")
                                    .boundaryScanner(BoundaryScanner.Sentence)
                                    .boundaryScannerLocale("zh-CN")
                                    .fragmentSize(SENTENCE)
                                    .numberOfFragments(3));
                      }
                      return h;
                    });
              }
              for (AppFacet facet : AppFacet.values()) {
                s.aggregations(
                    facet.name(),
                    Aggregation.of(
                        a -> a.terms(t -> t.field(facet.field()).size(query.facetSize()))));
              }
              return s;
            },
            AppDocument.class);
    List<AppHit> hits = new ArrayList<>();
    for (Hit<AppDocument> hit : response.hits().hits()) {
      hits.add(hit(hit));
    }
    long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
    return new AppSearchResult(total, hits, facets(response));
  }

  private static Query query(AppQuery query) {
    return Query.of(
        q ->
            q.bool(
                b -> {
                  if (hasText(query)) {
                    b.must(
                        m ->
                            m.multiMatch(
                                mm ->
                                    mm.query(query.text())
                                        .fields(TEXT_FIELDS)
                                        .operator(Operator.And)));
                  }
                  query
                      .filters()
                      .forEach(
                          (facet, values) ->
                              b.filter(
                                  f ->
                                      f.terms(
                                          t ->
                                              t.field(facet.field())
                                                  .terms(
                                                      v ->
                                                          v.value(
                                                              values.stream()
                                                                  .map(FieldValue::of)
                                                                  .toList())))));
                  return b;
                }));
  }

  private static boolean hasText(AppQuery query) {
    return query.text() != null && !query.text().isBlank();
  }

  private static AppHit hit(Hit<AppDocument> hit) {
    AppDocument d = hit.source();
    return new AppHit(
        d.store(),
        d.packageName(),
        d.title(),
        d.developer(),
        d.category(),
        d.installsMin(),
        d.riskScore(),
        d.items(),
        d.verdicts(),
        hit.highlight());
  }

  private static Map<AppFacet, List<AppSearchResult.FacetValue>> facets(
      SearchResponse<AppDocument> response) {
    Map<AppFacet, List<AppSearchResult.FacetValue>> facets = new EnumMap<>(AppFacet.class);
    for (AppFacet facet : AppFacet.values()) {
      List<AppSearchResult.FacetValue> values = new ArrayList<>();
      for (StringTermsBucket bucket :
          response.aggregations().get(facet.name()).sterms().buckets().array()) {
        values.add(new AppSearchResult.FacetValue(bucket.key().stringValue(), bucket.docCount()));
      }
      facets.put(facet, values);
    }
    return facets;
  }
}
