package org.appwatch.crawler.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpFetcherTest {

  private static final byte[] BODY = "hello appwatch".getBytes(StandardCharsets.UTF_8);
  private static RouteServer server;
  private static HttpFetcher fetcher;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    server =
        new RouteServer()
            .route("/ok", ex -> RouteServer.respond(ex, 200, BODY))
            .route("/gone", ex -> RouteServer.respond(ex, 404, new byte[0]))
            .route(
                "/huge",
                ex -> {
                  // Claims 5 GB; the fetcher must refuse before reading.
                  ex.getResponseHeaders().set("Content-Length", String.valueOf(5L << 30));
                  ex.sendResponseHeaders(200, 5L << 30);
                })
            .route(
                "/endless",
                ex -> {
                  ex.sendResponseHeaders(200, 0);
                  byte[] chunk = new byte[64 * 1024];
                  try {
                    for (int i = 0; i < 1000; i++) {
                      ex.getResponseBody().write(chunk);
                    }
                  } catch (java.io.IOException closedByClient) {
                    // expected: the client stops reading at its limit
                  }
                })
            .route(
                "/loop",
                ex -> {
                  ex.getResponseHeaders().set("Location", "/loop");
                  RouteServer.respond(ex, 302, new byte[0]);
                });
    fetcher =
        new HttpFetcher(
            new FetchSettings("appwatch-test", Duration.ofSeconds(2), Duration.ofSeconds(5), 5, 4));
  }

  @AfterAll
  static void stop() throws Exception {
    fetcher.close();
    server.close();
  }

  @Test
  void storesTheBodyAndItsDigest() throws Exception {
    Path target = dir.resolve("ok.bin");
    FetchResult result = fetcher.fetchToFile(server.uri("/ok"), target, 1024);
    assertTrue(result.ok());
    assertEquals(BODY.length, result.size());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(BODY)),
        result.sha256());
    assertEquals("hello appwatch", Files.readString(target));
  }

  @Test
  void anErrorStatusStoresNothing() throws Exception {
    Path target = dir.resolve("gone.bin");
    FetchResult result = fetcher.fetchToFile(server.uri("/gone"), target, 1024);
    assertEquals(404, result.status());
    assertFalse(result.ok());
    assertFalse(Files.exists(target));
  }

  @Test
  void refusesADeclaredLengthOverTheLimit() {
    FetchException e =
        assertThrows(
            FetchException.class,
            () -> fetcher.fetchToFile(server.uri("/huge"), dir.resolve("huge.bin"), 1 << 20));
    assertEquals(FetchException.Kind.TOO_LARGE, e.kind());
  }

  @Test
  void cutsOffABodyThatOutgrowsTheLimitAndKeepsNoPartialFile() throws Exception {
    Path target = dir.resolve("endless.bin");
    FetchException e =
        assertThrows(
            FetchException.class,
            () -> fetcher.fetchToFile(server.uri("/endless"), target, 1 << 20));
    assertEquals(FetchException.Kind.TOO_LARGE, e.kind());
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count(), "neither the target nor a .part file is left");
    }
  }

  @Test
  void aRedirectLoopIsANetworkFailure() {
    FetchException e =
        assertThrows(
            FetchException.class,
            () -> fetcher.fetchToFile(server.uri("/loop"), dir.resolve("loop.bin"), 1024));
    assertEquals(FetchException.Kind.NETWORK, e.kind());
    assertTrue(e.getMessage().toLowerCase().contains("redirect"), e.getMessage());
  }
}
