package org.appwatch.crawler.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawls a misbehaving local store (429s, 5xx bursts, redirects, slow answers, broken APK links,
 * Crawl-delay) and checks the outputs against the store's ground truth: every alive app's listing
 * in every store that lists it, its APK unless the ground truth says the link is broken, its policy
 * unless the link is missing or dead.
 */
class CrawlerGroundTruthTest {

  @TempDir Path work;

  @Test
  void crawlMatchesGroundTruth() throws Exception {
    try (LocalStore store = LocalStore.start(new StoreConfig(60, 7, 0, 0, Behaviour.defaults()))) {
      CrawlResult result =
          new Crawler(work, CrawlSettings.from(TestCrawls.settings(Map.of())))
              .run(TestCrawls.stores(store), null, CrawlListener.NONE);
      Map<String, JsonNode> listings = index(result.crawlDir().resolve("listings.jsonl"), "store");
      Map<String, JsonNode> apks = index(result.crawlDir().resolve("apks.jsonl"), "store");
      Map<String, JsonNode> policies = new HashMap<>();
      Map<String, JsonNode> policiesAsLinked = new HashMap<>();
      for (JsonNode p : TestCrawls.lines(result.crawlDir().resolve("policies.jsonl"))) {
        // The store redirects some pages to a canonical URL with hl=zh-CN added.
        policies.put(p.path("url").asText().replaceAll("[?&]hl=zh-CN$", ""), p);
        policiesAsLinked.put(p.path("requestedUrl").asText(), p);
      }
      // Every listing finds its policy row by the URL it links, redirected or not.
      int redirected = 0;
      for (JsonNode l : listings.values()) {
        String linked = l.path("fields").path("policyUrl").asText(null);
        if (linked != null) {
          JsonNode p =
              policiesAsLinked.get(URI.create(l.path("url").asText()).resolve(linked).toString());
          assertTrue(p != null, "policy row of " + l);
          redirected += p.path("url").asText().equals(p.path("requestedUrl").asText()) ? 0 : 1;
        }
      }
      assertTrue(redirected > 0, "some policy links redirect in this store");
      Map<String, String> storeIds = Map.of("fdroid", "fdroid", "web", "web", "cn", "cnapi");
      int checkedApks = 0;
      for (JsonNode app : TestCrawls.groundTruth(store)) {
        String pkg = app.path("packageName").asText();
        for (JsonNode s : app.path("stores")) {
          String id = storeIds.get(s.asText());
          JsonNode listing = listings.get(id + "/" + pkg);
          assertTrue(listing != null, "listing of " + pkg + " in " + id);
          assertTrue(
              Files.isRegularFile(
                  work.resolve("warc")
                      .resolve(result.crawlId())
                      .resolve(listing.path("warcFile").asText())));
          JsonNode apk = apks.get(id + "/" + pkg);
          if (app.path("apk").path("link").asText().equals("ok")) {
            assertTrue(apk != null, "APK of " + pkg + " in " + id);
            assertEquals(app.path("apk").path("sha256").asText(), apk.path("sha256").asText(), pkg);
            assertTrue(Files.isRegularFile(work.resolve(apk.path("apkFile").asText())));
            checkedApks++;
          } else if (apk != null) {
            assertEquals("http-404", apk.path("status").asText(), pkg);
          }
        }
        JsonNode policy = app.path("policy");
        String link = policy.path("link").asText();
        boolean linked = app.path("stores").toString().matches(".*\"(web|cn)\".*");
        if (link.equals("present") && linked) {
          JsonNode p = policies.get(policy.path("url").asText());
          assertTrue(
              p != null,
              "policy of "
                  + pkg
                  + " "
                  + app
                  + " "
                  + listings.get("web/" + pkg)
                  + " "
                  + listings.get("cnapi/" + pkg));
          assertTrue(p.path("textSha256").asText().matches("[0-9a-f]{64}"), pkg);
        } else if (link.startsWith("dead")) {
          JsonNode p = policies.get(policy.path("url").asText());
          assertTrue(p == null || p.path("status").asText().equals("dead"), pkg);
        }
      }
      assertTrue(checkedApks > 60, "APKs checked: " + checkedApks);
      assertTrue(
          result.failures().keySet().stream()
              .noneMatch(k -> k.contains("http-5") || k.contains("http-429")),
          "retries absorb 429 and 5xx bursts: " + result.failures());
      // Only apps without a policy link leave a configured field unfound.
      result
          .missingFieldShare()
          .values()
          .forEach(
              shares ->
                  assertTrue(
                      shares.keySet().stream().allMatch("policyUrl"::equals), shares.toString()));
    }
  }

  private static Map<String, JsonNode> index(Path file, String storeField) throws Exception {
    Map<String, JsonNode> out = new HashMap<>();
    List<JsonNode> rows = TestCrawls.lines(file);
    for (JsonNode n : rows) {
      out.put(n.path(storeField).asText() + "/" + n.path("packageName").asText(), n);
    }
    return out;
  }
}
