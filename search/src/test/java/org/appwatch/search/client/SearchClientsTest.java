package org.appwatch.search.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.TransportException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The clients against a stand-in server on 127.0.0.1 that answers {@code GET /} as an Elasticsearch
 * server would, to see which headers each client sends and which answers it takes.
 */
class SearchClientsTest {

  private static final String INFO =
      """
      {"name":"n1","cluster_name":"c","cluster_uuid":"u","tagline":"You Know, for Search",
       "version":{"number":"8.19.0","build_flavor":"default","build_type":"tar",
        "build_hash":"h","build_date":"2026-01-01T00:00:00Z","build_snapshot":false,
        "lucene_version":"9.12.0","minimum_wire_compatibility_version":"7.17.0",
        "minimum_index_compatibility_version":"7.0.0"}}""";

  private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void apiKeyFromTheEnvironmentIsSent() throws IOException {
    URI url = serve(true, false);
    try (ElasticsearchClient client =
        SearchClients.cluster(url, Map.of(SearchClients.API_KEY, "a2V5"))) {
      assertEquals("8.19.0", client.info().version().number());
    }
    assertEquals("ApiKey a2V5", requests.get(0).get("Authorization"));
    assertTrue(requests.get(0).get("Accept").contains("compatible-with=8"), "protocol unchanged");
  }

  @Test
  void userAndPasswordAnswerTheBasicChallenge() throws IOException {
    URI url = serve(true, true);
    Map<String, String> env =
        Map.of(SearchClients.USER, "inspector", SearchClients.PASSWORD, "s3cret");
    try (ElasticsearchClient client = SearchClients.cluster(url, env)) {
      assertEquals("8.19.0", client.info().version().number());
    }
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString("inspector:s3cret".getBytes(StandardCharsets.UTF_8));
    assertEquals(expected, requests.get(requests.size() - 1).get("Authorization"));
  }

  @Test
  void onlyTheEmbeddedClientAcceptsAServerWithoutTheProductHeader() throws IOException {
    URI url = serve(false, false);
    try (ElasticsearchClient cluster = SearchClients.cluster(url, Map.of())) {
      assertThrows(TransportException.class, cluster::info);
    }
    try (ElasticsearchClient embedded = SearchClients.embedded(url)) {
      assertEquals("8.19.0", embedded.info().version().number());
    }
    assertEquals("application/json", requests.get(requests.size() - 1).get("Accept"));
  }

  @Test
  void halfAPairOfCredentialsIsAnError() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SearchClients.cluster(
                URI.create("https://es.example:9200"), Map.of("APPWATCH_ES_USER", "u")));
  }

  private URI serve(boolean productHeader, boolean requireBasic) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> answer(exchange, productHeader, requireBasic));
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void answer(HttpExchange exchange, boolean productHeader, boolean requireBasic)
      throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    String accept = exchange.getRequestHeaders().getFirst("Accept");
    requests.add(Map.of("Authorization", auth == null ? "" : auth, "Accept", accept));
    if (requireBasic && auth == null) {
      exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\"");
      exchange.sendResponseHeaders(401, -1);
      exchange.close();
      return;
    }
    byte[] body = INFO.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (productHeader) {
      exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
    }
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
