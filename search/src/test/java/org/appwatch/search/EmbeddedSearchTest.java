package org.appwatch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.appwatch.search.client.SearchClients;
import org.appwatch.search.index.AppDocument;
import org.appwatch.search.index.IndexLoadException;
import org.appwatch.search.index.IndexLoader;
import org.appwatch.search.index.IndexMappings;
import org.appwatch.search.index.LoadResult;
import org.appwatch.search.index.PolicyDocument;
import org.appwatch.search.index.RetryPolicy;
import org.appwatch.search.index.SearchIndex;
import org.appwatch.search.node.EmbeddedSearchNode;
import org.appwatch.search.query.AppFacet;
import org.appwatch.search.query.AppHit;
import org.appwatch.search.query.AppQuery;
import org.appwatch.search.query.AppSearch;
import org.appwatch.search.query.AppSearchResult;
import org.appwatch.search.query.AppSearchResult.FacetValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexing and search against one real Elasticsearch node, started as a child process for the whole
 * class (about 5-15 s) and stopped at the end whatever happens.
 */
class EmbeddedSearchTest {

  @TempDir static Path data;
  private static EmbeddedSearchNode node;
  private static ElasticsearchClient client;
  private static List<AppDocument> apps;

  @BeforeAll
  static void startNode() throws IOException {
    long start = System.nanoTime();
    node = EmbeddedSearchNode.start(data.resolve("node"), Duration.ofSeconds(90));
    System.out.printf(
        "search node pid %d at %s ready in %d ms, %s%n",
        node.pid(), node.url(), (System.nanoTime() - start) / 1_000_000, rss(node.pid()));
    client = SearchClients.embedded(node.url());
    apps = SearchFixtures.apps();
  }

  @AfterAll
  static void stopNode() throws IOException {
    try {
      if (client != null) {
        client.close();
      }
    } finally {
      if (node != null) {
        System.out.println("search node at the end: " + rss(node.pid()));
        long start = System.nanoTime();
        node.close();
        System.out.printf(
            "search node stopped in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertFalse(node.isRunning());
      }
    }
  }

  @Test
  void nodeIsARealElasticsearchInAProcessOfItsOwn() throws IOException {
    assertEquals("7.10.2", client.info().version().number());
    assertNotEquals(ProcessHandle.current().pid(), node.pid());
    assertTrue(IndexMappings.hasSmartcn(client));
    assertTrue(Files.size(node.log()) > 0);
  }

  @Test
  void fullTextFindsChinesePolicySentences() throws Exception {
    loadFixtures();
    AppSearch search = new AppSearch(client);

    AppSearchResult collect = search.search(AppQuery.text("收集"));
    assertEquals(List.of("com.example.shop", "com.example.news"), packages(collect));
    List<String> sentences = collect.hits().get(0).highlights().get("policy_text");
    assertEquals(List.of("我们会<em>收集</em>您的设备信息和位置信息，用于向您推荐商品。"), sentences);

    AppSearchResult closeAccount = search.search(AppQuery.text("注销账号"));
    assertEquals(List.of("com.example.shop"), packages(closeAccount));
    assertEquals(
        List.of("您可以在“设置-账户与安全”中申请<em>注销</em><em>账号</em>，我们将在十五个工作日内完成核验和处理。"),
        closeAccount.hits().get(0).highlights().get("policy_text"));

    assertEquals(
        List.of("org.example.notes"), packages(search.search(AppQuery.text("notes device"))));
    assertEquals(List.of(), packages(search.search(AppQuery.text("注册会员"))));
  }

  @Test
  void filtersFacetsAndRiskOrder() throws Exception {
    loadFixtures();
    AppSearch search = new AppSearch(client);

    AppSearchResult all = search.search(AppQuery.text(null));
    assertEquals(4, all.total());
    assertEquals(
        List.of("com.example.shop", "com.example.game", "com.example.news", "org.example.notes"),
        packages(all));
    assertEquals(
        List.of(new FacetValue("cnapi", 2), new FacetValue("fdroid", 1), new FacetValue("web", 1)),
        all.facets().get(AppFacet.STORE));
    assertEquals(
        List.of(new FacetValue("com.tencent.bugly", 2), new FacetValue("com.umeng", 2)),
        all.facets().get(AppFacet.SDK));

    AppSearchResult violations =
        search.search(
            AppQuery.text(null)
                .filter(AppFacet.SDK, "com.tencent.bugly")
                .filter(AppFacet.VERDICT, "violation"));
    assertEquals(List.of("com.example.shop", "com.example.game"), packages(violations));
    assertEquals(
        List.of(new FacetValue("cnapi", 1), new FacetValue("web", 1)),
        violations.facets().get(AppFacet.STORE));

    assertEquals(
        List.of("com.example.news"),
        packages(
            search.search(
                AppQuery.text("新闻")
                    .filter(AppFacet.STORE, "cnapi")
                    .filter(AppFacet.ITEM, "M1.1"))));
    assertEquals(
        List.of("com.example.game"),
        packages(
            search.search(
                AppQuery.text(null)
                    .filter(AppFacet.PERMISSION, "android.permission.READ_PHONE_STATE")
                    .filter(AppFacet.CATEGORY, "游戏"))));
    assertEquals(
        List.of("com.example.game", "com.example.news"),
        packages(
            search.search(AppQuery.text(null).filter(AppFacet.DEVELOPER, "示例传媒有限公司", "示例游戏工作室"))),
        "values of one facet are alternatives");
  }

  @Test
  void aliasServesThePreviousIndexUntilTheNewLoadIsComplete() throws Exception {
    IndexLoader loader = new IndexLoader(client);
    String before = loadFixtures().index();
    List<AppDocument> next = new ArrayList<>(apps);
    next.add(SearchFixtures.renamed(apps.get(0), "com.example.shop.lite", "好物商城极速版", 0.95));

    CountDownLatch halfway = new CountDownLatch(1);
    CountDownLatch resume = new CountDownLatch(1);
    Iterator<AppDocument> paused = pauseAfter(next.iterator(), 2, halfway, resume);
    CompletableFuture<LoadResult> load =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return loader.load(SearchIndex.APPS, paused, next.size());
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    try {
      assertTrue(halfway.await(30, TimeUnit.SECONDS));
      assertEquals(List.of(before), loader.current(SearchIndex.APPS));
      assertEquals(0, search("极速版").total());
      assertEquals(4, new AppSearch(client).search(AppQuery.text(null)).total());
    } finally {
      resume.countDown();
    }
    LoadResult result = load.get(60, TimeUnit.SECONDS);

    assertEquals(List.of(before), result.replaced());
    assertEquals(List.of(result.index()), loader.current(SearchIndex.APPS));
    assertEquals(5, result.count());
    assertEquals("com.example.shop.lite", search("极速版").hits().get(0).packageName());
    assertFalse(client.indices().exists(e -> e.index(before)).value(), "old index deleted");
  }

  @Test
  void countMismatchFailsAndLeavesTheAliasAlone() throws Exception {
    IndexLoader loader = new IndexLoader(client);
    String before = loadFixtures().index();
    List<AppDocument> duplicated = new ArrayList<>(apps);
    duplicated.add(apps.get(1)); // same _id: the index ends with 4 documents, not 5

    IndexLoadException e =
        assertThrows(
            IndexLoadException.class,
            () -> loader.load(SearchIndex.APPS, duplicated.iterator(), duplicated.size()));

    assertTrue(e.getMessage().contains("holds 4 documents, expected 5"), e.getMessage());
    assertEquals(List.of(before), loader.current(SearchIndex.APPS));
    assertEquals(
        List.of(before),
        List.copyOf(client.indices().get(g -> g.index("appwatch-apps-v*")).result().keySet()),
        "the failed index is deleted");
    assertEquals(4, new AppSearch(client).search(AppQuery.text(null)).total());
  }

  @Test
  void rejectedBulkItemsAreRetriedWithBackoff() throws Exception {
    RetryPolicy quick = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50));
    RejectingBulkSender onceEach = new RejectingBulkSender(client, 1);
    LoadResult result =
        new IndexLoader(client, onceEach, 2, quick, Clock.systemUTC())
            .load(SearchIndex.APPS, apps.iterator(), apps.size());
    assertEquals(2, onceEach.rejected(), "one rejection in each batch of two");
    assertEquals(2, result.retriedItems());
    assertEquals(4, result.count());

    RejectingBulkSender always = new RejectingBulkSender(client, Integer.MAX_VALUE);
    IndexLoadException e =
        assertThrows(
            IndexLoadException.class,
            () ->
                new IndexLoader(client, always, 2, quick, Clock.systemUTC())
                    .load(SearchIndex.APPS, apps.iterator(), apps.size()));
    assertTrue(e.getMessage().contains("still rejected with 429 after 3 retries"), e.getMessage());
    assertEquals(4, always.rejected(), "first try and three retries of one item");
    assertEquals(List.of(result.index()), new IndexLoader(client).current(SearchIndex.APPS));
  }

  @Test
  void builtInCjkAnalyzerIsAWorkingFallback() throws IOException {
    String body = IndexMappings.body(SearchIndex.POLICIES, false);
    assertTrue(body.contains("\"cjk\""), body);
    client.indices().create(c -> c.index("cjk-check").withJson(new StringReader(body)));
    try {
      PolicyDocument policy =
          new PolicyDocument(
              "e5",
              "cnapi",
              "com.example.shop",
              "20261124T231500Z",
              null,
              "zh",
              "用户可以随时申请注销账号。",
              null);
      client.index(i -> i.index("cjk-check").id(policy.documentId()).document(policy));
      client.indices().refresh(r -> r.index("cjk-check"));
      assertEquals(1, matches("注销账号"));
      assertEquals(0, matches("注册账号"));
    } finally {
      client.indices().delete(d -> d.index("cjk-check"));
    }
  }

  private static long matches(String text) throws IOException {
    return client
        .count(
            c ->
                c.index("cjk-check")
                    .query(q -> q.match(m -> m.field("text").query(text).operator(Operator.And))))
        .count();
  }

  private static LoadResult loadFixtures() throws Exception {
    return new IndexLoader(client).load(SearchIndex.APPS, apps.iterator(), apps.size());
  }

  private static AppSearchResult search(String text) throws IOException {
    return new AppSearch(client).search(AppQuery.text(text));
  }

  private static List<String> packages(AppSearchResult result) {
    return result.hits().stream().map(AppHit::packageName).toList();
  }

  /** Yields {@code n} elements, signals {@code halfway}, and waits for {@code resume}. */
  private static <T> Iterator<T> pauseAfter(
      Iterator<T> source, int n, CountDownLatch halfway, CountDownLatch resume) {
    return new Iterator<>() {
      private int given;

      @Override
      public boolean hasNext() {
        if (given == n) {
          halfway.countDown();
          try {
            resume.await(60, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return source.hasNext();
      }

      @Override
      public T next() {
        given++;
        return source.next();
      }
    };
  }

  private static String rss(long pid) throws IOException {
    Path status = Path.of("/proc", Long.toString(pid), "status");
    if (!Files.exists(status)) {
      return "RSS unknown";
    }
    return Files.readAllLines(status).stream()
        .filter(l -> l.startsWith("VmRSS"))
        .findFirst()
        .orElse("RSS unknown")
        .replaceAll("\\s+", " ");
  }
}
