package org.appwatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.appwatch.search.query.AppFacet;
import org.appwatch.search.query.AppHit;
import org.appwatch.search.query.AppQuery;
import org.appwatch.search.query.AppSearchResult;

/**
 * Prints a search result: a table for people (hits, matching sentences, facet counts), or one JSON
 * object for programs. Facets are named as the command's filter options ({@code sdk}, {@code
 * permission}, …).
 */
final class SearchOutput {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final int TITLE_WIDTH = 24;

  private SearchOutput() {}

  static String facetName(AppFacet facet) {
    return facet.name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code {"query", "filters", "total", "hits": [...], "facets": {"store": [{"value",
   * "count"}]}}}; hit fields in snake_case as in the apps index.
   */
  static void json(AppQuery query, AppSearchResult result, PrintWriter out) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("query", query.text());
    Map<String, Object> filters = new LinkedHashMap<>();
    query.filters().forEach((f, v) -> filters.put(facetName(f), v));
    root.put("filters", filters);
    root.put("total", result.total());
    List<Map<String, Object>> hits = new ArrayList<>();
    for (AppHit h : result.hits()) {
      Map<String, Object> hit = new LinkedHashMap<>();
      hit.put("store", h.store());
      hit.put("package_name", h.packageName());
      hit.put("title", h.title());
      hit.put("developer", h.developer());
      hit.put("category", h.category());
      hit.put("installs_min", h.installsMin());
      hit.put("risk_score", h.riskScore());
      hit.put("items", h.items());
      hit.put("verdicts", h.verdicts());
      hit.put("highlights", h.highlights());
      hits.add(hit);
    }
    root.put("hits", hits);
    Map<String, Object> facets = new LinkedHashMap<>();
    for (AppFacet facet : AppFacet.values()) {
      List<Map<String, Object>> values = new ArrayList<>();
      for (AppSearchResult.FacetValue v : result.facets().getOrDefault(facet, List.of())) {
        values.add(Map.of("value", v.value(), "count", v.count()));
      }
      facets.put(facetName(facet), values);
    }
    root.put("facets", facets);
    out.println(JSON.writeValueAsString(root));
  }

  /** The hits as rows, each followed by its matching sentences, then the facet counts. */
  static void table(AppQuery query, AppSearchResult result, PrintWriter out) {
    String what = query.text() == null || query.text().isBlank() ? "" : " \"" + query.text() + "\"";
    List<String> filters = new ArrayList<>();
    query.filters().forEach((f, v) -> filters.add(facetName(f) + "=" + String.join("|", v)));
    out.printf(
        "%d apps match%s%s; riskiest %d:%n",
        result.total(),
        what,
        filters.isEmpty() ? "" : " (" + String.join(", ", filters) + ")",
        result.hits().size());
    if (!result.hits().isEmpty()) {
      out.println(
          "  RISK  STORE   "
              + pad("PACKAGE", 30)
              + pad("TITLE", TITLE_WIDTH)
              + pad("CATEGORY", 14)
              + "ITEMS (LIKELY) VIOLATED");
    }
    for (AppHit h : result.hits()) {
      out.println(
          String.format(Locale.ROOT, "  %4.1f  ", h.riskScore())
              + pad(h.store(), 8)
              + pad(h.packageName(), 30)
              + pad(h.title() == null ? "" : h.title(), TITLE_WIDTH)
              + pad(h.category() == null ? "" : h.category(), 14)
              + items(h.items()));
      h.highlights()
          .forEach(
              (field, fragments) ->
                  fragments.forEach(
                      f ->
                          out.println(
                              "        "
                                  + (field.equals("policy_text") ? "policy: " : field + ": ")
                                  + f.replace("<em>", "[")
                                      .replace("</em>", "]")
                                      .replaceAll("\\s+", " ")
                                      .strip())));
    }
    out.println("Facets (apps among all matches):");
    for (AppFacet facet : AppFacet.values()) {
      List<String> values = new ArrayList<>();
      for (AppSearchResult.FacetValue v : result.facets().getOrDefault(facet, List.of())) {
        values.add(v.value() + " " + v.count());
      }
      out.println("  " + pad(facetName(facet), 12) + String.join(" · ", values));
    }
  }

  private static String items(List<String> items) {
    if (items.size() <= 6) {
      return String.join(" ", items);
    }
    return String.join(" ", items.subList(0, 6)) + " … (" + items.size() + ")";
  }

  /**
   * Pads to {@code width} terminal columns, counting wide (CJK) characters as two, and cuts what is
   * longer with an ellipsis.
   */
  static String pad(String s, int width) {
    StringBuilder b = new StringBuilder();
    int used = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int w = wide(cp) ? 2 : 1;
      if (used + w > width - 2) {
        if (i + Character.charCount(cp) < s.length() || used + w > width - 1) {
          b.append('…');
          used++;
          break;
        }
      }
      b.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return b + " ".repeat(Math.max(1, width - used));
  }

  private static boolean wide(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || (cp >= 0x3000 && cp <= 0x303F)
        || (cp >= 0xFF00 && cp <= 0xFF60);
  }
}
