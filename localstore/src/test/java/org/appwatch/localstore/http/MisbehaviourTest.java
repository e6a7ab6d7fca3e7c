package org.appwatch.localstore.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.Fetch;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.StoreId;
import org.junit.jupiter.api.Test;

/** Each misbehaviour at rate 1, so every target shows it; the writers are stubs (speed). */
class MisbehaviourTest {

  private static LocalStore start(Behaviour b) throws Exception {
    return LocalStore.start(
        new StoreConfig(60, 3L, 0, 0, b),
        spec -> (spec.packageName() + spec.versionCode()).getBytes(StandardCharsets.UTF_8),
        spec ->
            "<html><head><meta charset=\"utf-8\"></head><body>"
                + spec.appName()
                + "</body></html>");
  }

  private static AppSpec webApp(LocalStore s) {
    return s.corpus()
        .aliveIndices()
        .mapToObj(s.corpus()::app)
        .filter(a -> a.listedIn(StoreId.WEB))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void tooManyRequestsCarriesRetryAfterThenSucceeds() throws Exception {
    try (LocalStore s = start(new Behaviour(1, 0, 0, 0, 0, 0, 1))) {
      URI u = s.webStore().resolve("/store/apps/details?id=" + webApp(s).packageName());
      HttpResponse<byte[]> r = Fetch.get(u);
      assertEquals(429, r.statusCode());
      assertEquals("1", r.headers().firstValue("Retry-After").orElseThrow());
      int attempts = 1;
      while (r.statusCode() == 429 && attempts < 5) {
        r = Fetch.get(u);
        attempts++;
      }
      assertEquals(200, r.statusCode());
      assertTrue(attempts <= 3);
      assertEquals(200, Fetch.get(s.webStore().resolve("/robots.txt")).statusCode());
      assertTrue(
          new String(Fetch.ok(s.webStore().resolve("/robots.txt")), StandardCharsets.UTF_8)
              .contains("Crawl-delay: 1"));
    }
  }

  @Test
  void serverErrorsAreTransient() throws Exception {
    try (LocalStore s = start(new Behaviour(0, 1, 0, 0, 0, 0, 0))) {
      URI u = s.cnApi().resolve("/api/v1/categories");
      int first = Fetch.get(u).statusCode();
      assertTrue(first >= 500 && first <= 503, "got " + first);
      int attempts = 1;
      int status = first;
      while (status >= 500 && attempts < 6) {
        status = Fetch.get(u).statusCode();
        attempts++;
      }
      assertEquals(200, status);
      assertTrue(attempts <= 4);
    }
  }

  @Test
  void pagesRedirectToTheirCanonicalUrlOnce() throws Exception {
    try (LocalStore s = start(new Behaviour(0, 0, 1, 0, 0, 0, 0))) {
      URI u = s.webStore().resolve("/store/apps/category/TOOLS?page=1");
      HttpResponse<byte[]> r = Fetch.get(u);
      assertEquals(302, r.statusCode());
      URI target = u.resolve(r.headers().firstValue("Location").orElseThrow());
      assertEquals(
          "/store/apps/category/TOOLS?page=1&hl=zh-CN",
          target.getRawPath() + "?" + target.getRawQuery());
      assertEquals(200, Fetch.get(target).statusCode());
      AppSpec a = webApp(s);
      assertEquals(
          200,
          Fetch.get(s.fdroidRepo().resolve(a.apkFileName())).statusCode(),
          "files are not redirected");
    }
  }

  @Test
  void brokenApkLinksStay404AndSlowAnswersWait() throws Exception {
    try (LocalStore s = start(new Behaviour(0, 0, 0, 1, 150, 1, 0))) {
      AppSpec a = webApp(s);
      for (int i = 0; i < 3; i++) {
        assertEquals(404, Fetch.get(s.fdroidRepo().resolve(a.apkFileName())).statusCode());
      }
      long t0 = System.nanoTime();
      assertEquals(200, Fetch.get(s.cnApi().resolve("/api/v1/categories")).statusCode());
      assertTrue(System.nanoTime() - t0 >= 140_000_000L);
    }
  }
}
