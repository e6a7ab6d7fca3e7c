package org.appwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code index} and {@code search} say when there is nothing to index or no server. */
class IndexSearchErrorsTest {

  @TempDir Path work;

  @Test
  void withNothingToIndexOrNothingIndexedBothSayWhatToRunFirst() {
    SearchChecks.Run index = SearchChecks.run("index", "--work-dir", work.toString());
    assertEquals(1, index.exit());
    assertTrue(index.err().contains("no scores dataset") && index.err().contains("appwatch run"));
    SearchChecks.Run search = SearchChecks.run("search", "注销", "--work-dir", work.toString());
    assertEquals(1, search.exit());
    assertTrue(search.err().contains("run `appwatch index`"), search.err());
  }

  @Test
  void anUnreachableClusterIsNamed() throws Exception {
    SearchChecks.Run r = search("http://127.0.0.1:9");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("cannot reach Elasticsearch at http://127.0.0.1:9"), r.err());
  }

  @Test
  void refusedCredentialsAreReportedAsSuch() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body =
              ("{\"error\":{\"type\":\"security_exception\",\"reason\":\"missing authentication"
                      + " credentials\"},\"status\":401}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
          exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\"");
          exchange.sendResponseHeaders(401, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      SearchChecks.Run r = search("http://127.0.0.1:" + server.getAddress().getPort());
      assertEquals(1, r.exit(), r.err());
      assertTrue(r.err().contains("refused the credentials (HTTP 401)"), r.err());
    } finally {
      server.stop(0);
    }
  }

  private SearchChecks.Run search(String url) throws Exception {
    Path config = work.resolve("cluster.yaml");
    Files.writeString(config, "search:\n  url: \"" + url + "\"\n");
    return SearchChecks.run(
        "search", "注销", "--config", config.toString(), "--work-dir", work.toString());
  }
}
