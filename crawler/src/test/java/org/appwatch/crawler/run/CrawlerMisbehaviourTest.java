package org.appwatch.crawler.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.appwatch.crawler.fetch.RouteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One crawl of an in-process server with one route per misbehaviour. Each bad URL must end in its
 * own recorded error kind, and the good pages around them must be crawled as if nothing happened.
 * The server listens on 127.0.0.2, the only address allowed, so that redirects to 127.0.0.1 and
 * 10.0.0.1 are refused before any connection.
 */
class CrawlerMisbehaviourTest {

  private static final String POLICY =
      "<html><head><title>隐私政策</title></head><body><nav>首页 | 登录</nav><main><h1>隐私政策</h1>"
          + "<p>"
          + "我们收集您的设备信息与位置信息，用于提供服务。".repeat(12)
          + "</p><h2>联系我们</h2><p>邮箱 privacy@example.cn</p></main><script>track()</script></body></html>";

  private static RouteServer server;
  private static final AtomicInteger tooMany = new AtomicInteger();
  private static final AtomicInteger burst = new AtomicInteger();
  private static final List<Long> requestTimes = new ArrayList<>();

  @TempDir static Path work;
  private static Map<String, JsonNode> policies;
  private static Map<String, JsonNode> apks;
  private static List<JsonNode> fetches;

  @BeforeAll
  static void crawl() throws Exception {
    server = new RouteServer(InetAddress.getByName("127.0.0.2"));
    route(
        "/robots.txt",
        ex -> text(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\nCrawl-delay: 5\n"));
    route("/index", ex -> text(ex, 200, "text/html", index()));
    route("/ok", ex -> text(ex, 200, "text/html; charset=utf-8", POLICY));
    route("/private/policy", ex -> text(ex, 200, "text/html", POLICY));
    route(
        "/r429",
        ex -> {
          if (tooMany.getAndIncrement() == 0) {
            ex.getResponseHeaders().set("Retry-After", "1");
            text(ex, 429, "text/plain", "slow down");
          } else {
            text(ex, 200, "text/html", POLICY);
          }
        });
    route(
        "/burst",
        ex -> {
          if (burst.getAndIncrement() < 2) {
            text(ex, 503, "text/plain", "busy");
          } else {
            text(ex, 200, "text/html", POLICY);
          }
        });
    route("/always500", ex -> text(ex, 500, "text/plain", "broken"));
    route("/moved", ex -> redirect(ex, "/moved-here"));
    route("/moved-here", ex -> text(ex, 200, "text/html", POLICY));
    route("/loop-a", ex -> redirect(ex, "/loop-b"));
    route("/loop-b", ex -> redirect(ex, "/loop-a"));
    route("/to-loopback", ex -> redirect(ex, "http://127.0.0.1:9/policy"));
    route("/to-private", ex -> redirect(ex, "http://10.0.0.1/policy"));
    route(
        "/gbk",
        ex -> {
          byte[] body = POLICY.getBytes(Charset.forName("GBK"));
          ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
        });
    route(
        "/huge.apk",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "application/vnd.android.package-archive");
          ex.sendResponseHeaders(200, 5L << 30);
        });
    route(
        "/endless",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          try {
            while (true) {
              ex.getResponseBody().write("<p>more</p>".getBytes(StandardCharsets.UTF_8));
              ex.getResponseBody().flush();
              Thread.sleep(100);
            }
          } catch (Exception stopped) {
            // the client gave up, as it must
          }
        });
    route(
        "/hang",
        ex -> {
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
          }
        });
    CrawlResult result =
        new Crawler(
                work,
                CrawlSettings.from(
                    TestCrawls.settings(
                        Map.of(
                            "crawl.allow-networks", "127.0.0.2/32",
                            "crawl.politeness.connections-per-host", "3",
                            "crawl.politeness.max-crawl-delay", "200ms",
                            "crawl.retry.max-attempts", "3",
                            "crawl.timeout.response", "1s",
                            "crawl.timeout.total", "2s",
                            "crawl.max-bytes.apk", "1GB"))))
            .run(
                List.of(
                    new StoreTarget(
                        Path.of(
                                CrawlerMisbehaviourTest.class
                                    .getResource("/stores/routes.yaml")
                                    .toURI())
                            .toString(),
                        server.uri("/"))),
                null,
                CrawlListener.NONE);
    policies = byUrl(result.crawlDir().resolve("policies.jsonl"));
    apks = byUrl(result.crawlDir().resolve("apks.jsonl"));
    fetches = TestCrawls.lines(result.crawlDir().resolve("fetches.jsonl"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void goodPagesAreUnaffected() {
    JsonNode ok = policies.get(server.uri("/ok").toString());
    assertEquals("ok", ok.path("status").asText());
    assertEquals("zh", ok.path("language").asText());
    assertTrue(ok.path("textSha256").asText().matches("[0-9a-f]{64}"));
  }

  @Test
  void tooManyRequestsIsRetriedAfterRetryAfter() {
    assertEquals("ok", status("/r429"));
    List<Instant> times = fetchTimes("/r429");
    assertEquals(2, times.size());
    assertTrue(
        java.time.Duration.between(times.get(0), times.get(1)).toMillis() >= 950, times.toString());
  }

  @Test
  void serverErrorBurstsAreRetriedAndPersistentOnesFail() {
    assertEquals("ok", status("/burst"));
    assertEquals(3, fetchTimes("/burst").size());
    assertEquals("failed", status("/always500"));
    assertTrue(error("/always500").startsWith("http-500"));
  }

  @Test
  void aRedirectedPolicyNamesTheUrlTheListingLinked() {
    JsonNode moved = policies.get(server.uri("/moved-here").toString());
    assertEquals("ok", moved.path("status").asText());
    assertEquals(server.uri("/moved").toString(), moved.path("requestedUrl").asText());
    JsonNode direct = policies.get(server.uri("/ok").toString());
    assertEquals(server.uri("/ok").toString(), direct.path("requestedUrl").asText());
  }

  @Test
  void redirectLoopIsRecorded() {
    String b = error("/loop-b");
    String a = error("/loop-a");
    assertTrue(a.startsWith("redirect-loop") || b.startsWith("redirect-loop"), a + " / " + b);
  }

  @Test
  void redirectsToLoopbackOrPrivateAddressesAreRefused() {
    assertTrue(error("/to-loopback").startsWith("refused-address"), error("/to-loopback"));
    assertTrue(error("/to-private").startsWith("refused-address"), error("/to-private"));
    assertTrue(fetches.stream().noneMatch(f -> f.path("url").asText().contains("10.0.0.1")));
  }

  @Test
  void endlessBodyEndsInTotalTimeout() {
    assertTrue(error("/endless").startsWith("timeout-total"), error("/endless"));
  }

  @Test
  void silentServerEndsInResponseTimeout() {
    assertTrue(error("/hang").startsWith("timeout-response"), error("/hang"));
  }

  @Test
  void mislabelledGbkIsDetected() {
    JsonNode gbk = policies.get(server.uri("/gbk").toString());
    assertEquals("GB18030", gbk.path("charset").asText());
    assertEquals(
        policies.get(server.uri("/ok").toString()).path("textSha256").asText(),
        gbk.path("textSha256").asText());
  }

  @Test
  void fiveGigabyteContentLengthIsRefusedUnread() {
    JsonNode apk = apks.get(server.uri("/huge.apk").toString());
    assertEquals("too-large", apk.path("status").asText());
  }

  @Test
  void robotsDisallowAndCrawlDelayAreObeyed() {
    assertTrue(error("/private/policy").startsWith("robots-disallowed"));
    assertTrue(
        fetches.stream()
            .noneMatch(
                f -> f.path("url").asText().contains("/private/") && f.path("status").asInt() > 0));
    // Crawl-delay 5 s, capped at 200 ms. Arrival times at the server carry the machine's
    // scheduling jitter, which can bring two arrivals closer than the crawler spaced their starts;
    // over the whole crawl the spacing holds, and no two requests ever arrive together.
    List<Long> starts = new ArrayList<>(requestTimes);
    java.util.Collections.sort(starts);
    assertTrue(starts.size() > 5, "requests " + starts.size());
    long span = starts.get(starts.size() - 1) - starts.get(0);
    assertTrue(span >= 180L * (starts.size() - 1), "span " + span + " for " + starts.size());
    for (int i = 1; i < starts.size(); i++) {
      assertTrue(
          starts.get(i) - starts.get(i - 1) >= 40, "gap " + (starts.get(i) - starts.get(i - 1)));
    }
  }

  private static String status(String path) {
    return policies.get(server.uri(path).toString()).path("status").asText();
  }

  private static String error(String path) {
    JsonNode p = policies.get(server.uri(path).toString());
    return p == null ? "no row" : p.path("error").asText();
  }

  private static List<Instant> fetchTimes(String path) {
    return fetches.stream()
        .filter(f -> f.path("url").asText().equals(server.uri(path).toString()))
        .map(f -> Instant.parse(f.path("fetchedAt").asText()))
        .sorted()
        .toList();
  }

  private static String index() {
    StringBuilder b = new StringBuilder("<html><body>");
    for (String p :
        List.of(
            "/ok",
            "/moved",
            "/private/policy",
            "/r429",
            "/burst",
            "/always500",
            "/loop-a",
            "/to-loopback",
            "/to-private",
            "/gbk",
            "/endless",
            "/hang")) {
      b.append("<a class=policy href=\"").append(p).append("\">x</a>");
    }
    return b.append("<a class=apk href=\"/huge.apk\">apk</a></body></html>").toString();
  }

  private static void route(String path, com.sun.net.httpserver.HttpHandler handler) {
    server.route(
        path,
        ex -> {
          if (!path.equals("/robots.txt")) {
            synchronized (requestTimes) {
              requestTimes.add(System.currentTimeMillis());
            }
          }
          handler.handle(ex);
        });
  }

  private static void text(
      com.sun.net.httpserver.HttpExchange ex, int status, String type, String body)
      throws java.io.IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    RouteServer.respond(ex, status, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location)
      throws java.io.IOException {
    ex.getResponseHeaders().set("Location", location);
    RouteServer.respond(ex, 302, new byte[0]);
  }

  private static Map<String, JsonNode> byUrl(Path file) throws java.io.IOException {
    Map<String, JsonNode> out = new HashMap<>();
    for (JsonNode n : TestCrawls.lines(file)) {
      out.put(n.path("url").asText(), n);
    }
    return out;
  }
}
