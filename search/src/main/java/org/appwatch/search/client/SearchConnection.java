package org.appwatch.search.client;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.appwatch.model.Settings;
import org.appwatch.search.node.EmbeddedSearchNode;
import org.elasticsearch.client.Request;

/**
 * Where appwatch's indices live, as the settings say: the cluster at {@code search.url}, or, when
 * that is empty, the embedded node with its data in {@code <work.dir>/search} (started here,
 * stopped by {@link #close()}). Opening checks that the server answers and accepts the credentials,
 * so that a command fails at once with a clear message rather than midway.
 */
public final class SearchConnection implements AutoCloseable {

  /** Where the embedded node keeps its data, under the work directory. */
  public static final String NODE_DIR = "search";

  private final ElasticsearchClient client;
  private final EmbeddedSearchNode node;
  private final String where;

  private SearchConnection(ElasticsearchClient client, EmbeddedSearchNode node, String where) {
    this.client = client;
    this.node = node;
    this.where = where;
  }

  /** The embedded node's data directory for {@code settings}. */
  public static Path nodeDir(Settings settings) {
    return settings.getPath("work.dir").toAbsolutePath().resolve(NODE_DIR);
  }

  /** Whether {@code search.url} names a cluster (else the embedded node is used). */
  public static boolean usesCluster(Settings settings) {
    return !settings.get("search.url").isBlank();
  }

  /**
   * Connects as the settings say.
   *
   * @param env where the cluster credentials are read from (normally {@code System.getenv()})
   * @throws IOException if the cluster cannot be reached or refuses the credentials (the message
   *     says which)
   * @throws IllegalStateException if the embedded node cannot start (the message holds its log)
   * @throws IllegalArgumentException if {@code search.url} or the credentials are malformed
   */
  public static SearchConnection open(Settings settings, Map<String, String> env)
      throws IOException {
    if (usesCluster(settings)) {
      URI url = URI.create(settings.get("search.url").trim());
      ElasticsearchClient client = SearchClients.cluster(url, env);
      SearchConnection c = new SearchConnection(client, null, "Elasticsearch cluster " + url);
      c.check(url);
      return c;
    }
    Path dir = nodeDir(settings);
    EmbeddedSearchNode node =
        EmbeddedSearchNode.start(dir, settings.getDuration("search.node.start-timeout"));
    ElasticsearchClient client = SearchClients.embedded(node.url());
    SearchConnection c =
        new SearchConnection(client, node, "embedded Elasticsearch 7.10.2 node, data in " + dir);
    try {
      // A restarted node recovers its indices before it can answer searches over them. Through the
      // low-level client: the 8.x client cannot decode 7.10's health response.
      ((RestClientTransport) client._transport())
          .restClient()
          .performRequest(
              new Request("GET", "/_cluster/health?wait_for_status=yellow&timeout=60s"));
    } catch (IOException | RuntimeException e) {
      c.close();
      throw e;
    }
    return c;
  }

  /** Whether {@code settings} have an embedded node with data (an earlier {@code index}). */
  public static boolean hasNodeData(Settings settings) {
    return EmbeddedSearchNode.hasData(nodeDir(settings));
  }

  private void check(URI url) throws IOException {
    try {
      client.info();
    } catch (ElasticsearchException | TransportException e) {
      int status =
          e instanceof ElasticsearchException ee
              ? ee.status()
              : ((TransportException) e).statusCode();
      close();
      if (status == 401 || status == 403) {
        throw new IOException(
            "Elasticsearch at "
                + url
                + " refused the credentials (HTTP "
                + status
                + "): set "
                + SearchClients.API_KEY
                + ", or "
                + SearchClients.USER
                + " and "
                + SearchClients.PASSWORD
                + ", to a user allowed to manage the appwatch-* indices",
            e);
      }
      throw new IOException(
          "Elasticsearch at " + url + " answered HTTP " + status + ": " + e.getMessage(), e);
    } catch (IOException e) {
      close();
      throw new IOException("cannot reach Elasticsearch at " + url + ": " + describe(e), e);
    }
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : ": " + root.getMessage();
    return root.getClass().getSimpleName() + message;
  }

  public ElasticsearchClient client() {
    return client;
  }

  /** Where the indices are, for people: the node's data directory or the cluster URL. */
  public String where() {
    return where;
  }

  /** Whether this is the embedded node. */
  public boolean embedded() {
    return node != null;
  }

  /** Closes the client and stops the embedded node, if any. */
  @Override
  public void close() {
    try {
      client.close();
    } catch (IOException | RuntimeException e) {
      // Closing the HTTP connections cannot fail in a way the caller could act on.
    } finally {
      if (node != null) {
        node.close();
      }
    }
  }
}
