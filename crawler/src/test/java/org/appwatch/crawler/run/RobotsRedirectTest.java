package org.appwatch.crawler.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appwatch.crawler.evidence.WarcArchive;
import org.appwatch.crawler.fetch.HttpFetcher;
import org.appwatch.crawler.fetch.RouteServer;
import org.appwatch.crawler.frontier.OutputRow;
import org.appwatch.crawler.politeness.HostScheduler;
import org.appwatch.crawler.politeness.RobotsRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * robots.txt behind redirects (RFC 9309 §2.3.1.2): up to five hops are followed, each archived and
 * recorded; a longer chain or a loop counts as an unavailable file, which allows everything.
 */
class RobotsRedirectTest {

  @TempDir Path work;

  @Test
  void rulesAreReadAtTheEndOfTwoRedirects() throws Exception {
    try (RouteServer server = new RouteServer()) {
      server
          .route("/robots.txt", ex -> redirect(ex, 301, "/moved/robots"))
          .route("/moved/robots", ex -> redirect(ex, 302, "/final/robots.txt"))
          .route(
              "/final/robots.txt",
              ex -> {
                ex.getResponseHeaders().set("Content-Type", "text/plain");
                RouteServer.respond(
                    ex,
                    200,
                    "User-agent: *\nDisallow: /secret/\n".getBytes(StandardCharsets.UTF_8));
              });
      List<OutputRow> rows = new ArrayList<>();
      RobotsRules rules = rulesFor(server.uri("/page"), rows);
      assertFalse(rules.allows(server.uri("/secret/policy").toString()));
      assertTrue(rules.allows(server.uri("/open/policy").toString()));
      assertEquals(3, rows.size(), "each hop recorded");
      assertEquals(200, fetch(rows.get(2)).status());
      assertTrue(fetch(rows.get(2)).warcRecordId().startsWith("<urn:uuid:"));
    }
  }

  @Test
  void moreThanFiveHopsMeansNoRules() throws Exception {
    try (RouteServer server = new RouteServer()) {
      server.route(
          "/",
          ex -> {
            // /robots.txt -> /hop1 -> /hop2 -> ... never ending
            String path = ex.getRequestURI().getPath();
            int n = path.startsWith("/hop") ? Integer.parseInt(path.substring(4)) : 0;
            redirect(ex, 302, "/hop" + (n + 1));
          });
      List<OutputRow> rows = new ArrayList<>();
      RobotsRules rules = rulesFor(server.uri("/page"), rows);
      assertTrue(rules.allows(server.uri("/anything").toString()));
      assertEquals(1 + RobotsCache.MAX_HOPS, rows.size(), "the first request and five hops");
    }
  }

  @Test
  void aRedirectLoopMeansNoRules() throws Exception {
    try (RouteServer server = new RouteServer()) {
      server
          .route("/robots.txt", ex -> redirect(ex, 302, "/elsewhere"))
          .route("/elsewhere", ex -> redirect(ex, 302, "/robots.txt"));
      List<OutputRow> rows = new ArrayList<>();
      assertTrue(rulesFor(server.uri("/page"), rows).allows(server.uri("/x").toString()));
      assertEquals(2, rows.size());
    }
  }

  private RobotsRules rulesFor(URI page, List<OutputRow> rows) throws Exception {
    CrawlSettings settings = CrawlSettings.from(TestCrawls.settings(Map.of()));
    try (HttpFetcher fetcher = new HttpFetcher(settings.fetch());
        WarcArchive warc = new WarcArchive(work.resolve("warc"), "t", 1 << 20, true)) {
      RobotsCache robots =
          new RobotsCache(
              fetcher,
              warc,
              new HostScheduler(settings.politeness(), 1),
              "t",
              settings.fetch().userAgent(),
              1 << 16);
      String host = page.getHost() + ":" + page.getPort();
      return robots.rulesFor(page, host, "routes", rows);
    }
  }

  private static Records.FetchRecord fetch(OutputRow row) {
    return (Records.FetchRecord) row.value();
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, int status, String location)
      throws java.io.IOException {
    ex.getResponseHeaders().set("Location", location);
    RouteServer.respond(ex, status, new byte[0]);
  }
}
