package org.appwatch.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads the index definitions (settings and mappings) kept as files under {@code
 * org/appwatch/search/mappings/}. Their text fields use the analyzer {@code appwatch_text}, defined
 * there as Lucene's Smart Chinese ({@code smartcn}, which also stems English). A cluster without
 * the {@code analysis-smartcn} plugin gets the built-in {@code cjk} analyzer instead: bigrams,
 * coarser than words but still able to find Chinese phrases.
 */
public final class IndexMappings {

  static final String ANALYZER = "appwatch_text";
  private static final ObjectMapper JSON = new ObjectMapper();

  private IndexMappings() {}

  /**
   * The body of a create-index request for {@code index}.
   *
   * @param smartcn whether the target cluster has the {@code smartcn} analyzer
   */
  public static String body(SearchIndex index, boolean smartcn) {
    String resource = "/org/appwatch/search/mappings/" + index.mappingFile();
    try (InputStream in = IndexMappings.class.getResourceAsStream(resource)) {
      ObjectNode body = (ObjectNode) JSON.readTree(Objects.requireNonNull(in, resource));
      ObjectNode analyzers = (ObjectNode) body.at("/settings/analysis/analyzer");
      if (!smartcn) {
        analyzers.putObject(ANALYZER).put("type", "cjk");
      }
      // Refreshing while bulk loading only slows the load; the loader refreshes once at the end.
      ((ObjectNode) body.at("/settings/index")).put("refresh_interval", "-1");
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the mapping file " + resource, e);
    }
  }

  /**
   * Whether the cluster knows the {@code smartcn} analyzer.
   *
   * @throws IOException if the cluster cannot be reached
   */
  public static boolean hasSmartcn(ElasticsearchClient client) throws IOException {
    try {
      return !client.indices().analyze(a -> a.analyzer("smartcn").text("个人信息")).tokens().isEmpty();
    } catch (ElasticsearchException e) {
      if (e.status() == 400) {
        return false;
      }
      throw e;
    }
  }
}
