package org.appwatch.localstore.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.Fetch;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Category;
import org.appwatch.localstore.corpus.PageEncoding;
import org.appwatch.localstore.corpus.PolicyLink;
import org.appwatch.localstore.corpus.StoreId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web store, the CN API and the policy sites, against the real writers. */
class StorePagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Charset GBK = Charset.forName("GBK");
  private static LocalStore store;

  @BeforeAll
  static void start() throws Exception {
    store = LocalStore.start(new StoreConfig(400, 11L, 0, 0, Behaviour.none()));
  }

  @AfterAll
  static void stop() {
    store.close();
  }

  private static List<AppSpec> listed(StoreId s, Category c) {
    return store
        .corpus()
        .aliveIndices()
        .filter(i -> store.corpus().category(i) == c)
        .filter(i -> store.corpus().stores(i).contains(s))
        .mapToObj(store.corpus()::app)
        .toList();
  }

  @Test
  void webCategoryPaginatesThroughEveryListedApp() {
    List<String> seen = new ArrayList<>();
    URI next = store.webStore().resolve("/store/apps/category/TOOLS");
    int pages = 0;
    while (next != null) {
      Document d = Jsoup.parse(new String(Fetch.ok(next), StandardCharsets.UTF_8), next.toString());
      d.select("div.card a.title").forEach(a -> seen.add(a.absUrl("href")));
      var rel = d.selectFirst("a[rel=next]");
      next = rel == null ? null : URI.create(rel.absUrl("href"));
      pages++;
    }
    List<AppSpec> tools = listed(StoreId.WEB, Category.TOOLS);
    assertEquals(tools.size(), seen.size());
    assertTrue(pages >= 1 + (tools.size() - 1) / WebStoreRoutes.PAGE_SIZE);
    assertTrue(seen.get(0).endsWith("details?id=" + tools.get(0).packageName()));
    Document cats =
        Jsoup.parse(
            new String(Fetch.ok(store.webStore().resolve("/store/apps")), StandardCharsets.UTF_8));
    assertEquals(Category.values().length, cats.select("a.category").size());
  }

  @Test
  void webDetailPageCarriesTheListingFields() throws Exception {
    AppSpec a = listed(StoreId.WEB, Category.GAME).get(0);
    URI u = store.webStore().resolve("/store/apps/details?id=" + a.packageName());
    Document d = Jsoup.parse(new String(Fetch.ok(u), StandardCharsets.UTF_8), u.toString());
    assertEquals(a.title(), d.selectFirst("h1[itemprop=name]").text());
    assertEquals(a.developer().nameZh(), d.selectFirst("[itemprop=author] [itemprop=name]").text());
    assertEquals("GAME", d.selectFirst("a.category").attr("data-category"));
    assertEquals(a.versionName(), d.selectFirst("dd[data-field=version]").text());
    assertTrue(d.selectFirst("dd[data-field=installs]").text().endsWith("+"));
    assertEquals(a.permissions().size(), d.select("li.permission").size());
    assertNotNull(d.selectFirst("#data-safety"));
    assertEquals(a.policyLink().linked(), d.selectFirst("a.privacy-policy") != null);
    byte[] apk = Fetch.ok(URI.create(d.selectFirst("a.download").absUrl("href")));
    assertTrue(apk.length > 100 && apk[0] == 'P' && apk[1] == 'K');
    assertEquals(
        404,
        Fetch.get(store.webStore().resolve("/store/apps/details?id=com.no.such1")).statusCode());
  }

  @Test
  void cnApiPaginatesAndDescribesApps() throws Exception {
    JsonNode cats = JSON.readTree(Fetch.ok(store.cnApi().resolve("/api/v1/categories")));
    assertEquals("工具", cats.at("/data/0/name").asText());
    List<String> seen = new ArrayList<>();
    for (int page = 1; ; page++) {
      JsonNode r =
          JSON.readTree(
              Fetch.ok(
                  store
                      .cnApi()
                      .resolve("/api/v1/apps?category=SHOPPING&page=" + page + "&pageSize=7")));
      r.at("/data/list").forEach(n -> seen.add(n.get("packageName").asText()));
      if (!r.at("/data/hasMore").asBoolean()) {
        break;
      }
    }
    assertEquals(
        listed(StoreId.CN, Category.SHOPPING).stream().map(AppSpec::packageName).toList(), seen);
    AppSpec a =
        listed(StoreId.CN, Category.SHOPPING).stream()
            .filter(x -> x.cnEncoding() == PageEncoding.UTF8)
            .findFirst()
            .orElseThrow();
    JsonNode d = JSON.readTree(Fetch.ok(store.cnApi().resolve("/api/v1/app/" + a.packageName())));
    assertEquals(a.title(), d.at("/data/appName").asText());
    assertEquals(a.developer().nameZh(), d.at("/data/开发者").asText());
    byte[] apk = Fetch.ok(URI.create(d.at("/data/apkUrl").asText()));
    assertEquals(FdroidRepoTest.sha256(apk), d.at("/data/sha256").asText());
    assertEquals(apk.length, d.at("/data/size").asInt());
  }

  @Test
  void cnApiServesGbkWithRightWrongAndMissingLabels() throws Exception {
    for (PageEncoding enc :
        List.of(
            PageEncoding.GBK_HEADER,
            PageEncoding.GBK_NO_LABEL,
            PageEncoding.GBK_MISLABELLED_UTF8)) {
      AppSpec a =
          store
              .corpus()
              .aliveIndices()
              .mapToObj(store.corpus()::app)
              .filter(
                  x ->
                      x.listedIn(StoreId.CN)
                          && x.cnEncoding() == enc
                          && x.title().matches(".*\\p{IsHan}.*"))
              .findFirst()
              .orElseThrow();
      HttpResponse<byte[]> r = Fetch.get(store.cnApi().resolve("/api/v1/app/" + a.packageName()));
      String type = r.headers().firstValue("Content-Type").orElseThrow();
      String expected =
          enc.headerCharset() == null
              ? "application/json"
              : "application/json; charset=" + enc.headerCharset();
      assertEquals(expected, type, enc.name());
      assertEquals(
          a.title(), JSON.readTree(new String(r.body(), GBK)).at("/data/appName").asText());
      assertFalse(
          new String(r.body(), StandardCharsets.UTF_8).contains(a.title()), "bytes are not UTF-8");
    }
  }

  @Test
  void policyPagesAreServedDeadOrGbkAsTheCorpusSays() throws Exception {
    List<AppSpec> apps = store.corpus().aliveIndices().mapToObj(store.corpus()::app).toList();
    AppSpec utf8 =
        apps.stream()
            .filter(
                a ->
                    a.policyLink() == PolicyLink.PRESENT && a.policyEncoding() == PageEncoding.UTF8)
            .findFirst()
            .orElseThrow();
    String page =
        new String(Fetch.ok(store.sites().resolve(utf8.policyPath())), StandardCharsets.UTF_8);
    assertTrue(page.contains(utf8.title()) || page.contains(utf8.policy().operator()));
    AppSpec header =
        apps.stream()
            .filter(
                a ->
                    a.policyLink() == PolicyLink.PRESENT
                        && a.policyEncoding() == PageEncoding.GBK_HEADER)
            .findFirst()
            .orElseThrow();
    HttpResponse<byte[]> r = Fetch.get(store.sites().resolve(header.policyPath()));
    assertEquals("text/html; charset=GBK", r.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(new String(r.body(), GBK).contains(header.developer().nameZh()));
    AppSpec meta =
        apps.stream()
            .filter(
                a ->
                    a.policyLink() == PolicyLink.PRESENT
                        && a.policyEncoding() == PageEncoding.GBK_META_ONLY)
            .findFirst()
            .orElseThrow();
    r = Fetch.get(store.sites().resolve(meta.policyPath()));
    assertEquals("text/html", r.headers().firstValue("Content-Type").orElseThrow());
    String gbk = new String(r.body(), GBK);
    assertTrue(gbk.contains("<meta charset=\"gbk\">"));
    assertEquals(
        "gbk",
        Jsoup.parse(new java.io.ByteArrayInputStream(r.body()), null, "")
            .charset()
            .name()
            .toLowerCase()
            .replace("x-", ""));
    AppSpec gone =
        apps.stream().filter(a -> a.policyLink() == PolicyLink.DEAD_410).findFirst().orElseThrow();
    assertEquals(410, Fetch.get(store.sites().resolve(gone.policyPath())).statusCode());
    AppSpec dead =
        apps.stream().filter(a -> a.policyLink() == PolicyLink.DEAD_404).findFirst().orElseThrow();
    assertEquals(404, Fetch.get(store.sites().resolve(dead.policyPath())).statusCode());
  }

  @Test
  void eachHostServesItsRobotsTxt() {
    String web =
        new String(Fetch.ok(store.webStore().resolve("/robots.txt")), StandardCharsets.UTF_8);
    assertTrue(web.startsWith("User-agent: *\n") && web.contains("Disallow: /store/search\n"));
    String cn = new String(Fetch.ok(store.cnApi().resolve("/robots.txt")), StandardCharsets.UTF_8);
    assertTrue(cn.contains("Disallow: /api/v1/search\n"));
    assertFalse(cn.contains("Crawl-delay"), "a perfectly behaved store asks no delay");
    assertTrue(
        new String(Fetch.ok(store.fdroidRepo().resolve("/robots.txt")), StandardCharsets.UTF_8)
            .contains("User-agent: *"));
    assertTrue(
        new String(Fetch.ok(store.sites().resolve("/robots.txt")), StandardCharsets.UTF_8)
            .contains("Disallow: /admin/"));
    byte[] a = Fetch.ok(store.webStore().resolve("/robots.txt"));
    assertArrayEquals(a, Fetch.ok(store.webStore().resolve("/robots.txt")));
  }
}
