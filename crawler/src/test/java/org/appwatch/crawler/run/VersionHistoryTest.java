package org.appwatch.crawler.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crawls epoch 0 and then epoch 1 of one local store into one work directory and checks the second
 * crawl's {@code versions.jsonl} against the store's ground truth of both epochs: kept versions
 * span both crawls, changed apps gain a row, removed apps' rows end at the first crawl, new apps'
 * rows start at the second.
 */
class VersionHistoryTest {

  private static final Map<String, String> GROUND_TRUTH_STORE =
      Map.of("fdroid", "fdroid", "web", "web", "cnapi", "cn");

  @TempDir Path work;

  @Test
  void historyAcrossTwoEpochsFollowsTheStore() throws Exception {
    CrawlSettings settings = CrawlSettings.from(TestCrawls.settings(Map.of()));
    List<JsonNode> truth0;
    List<JsonNode> truth1;
    CrawlResult first;
    CrawlResult second;
    try (LocalStore s = LocalStore.start(new StoreConfig(30, 17, 0, 0, Behaviour.none()))) {
      truth0 = TestCrawls.groundTruth(s);
      first = new Crawler(work, settings).run(TestCrawls.stores(s), null, CrawlListener.NONE);
    }
    Thread.sleep(1100); // crawl ids are UTC seconds
    try (LocalStore s = LocalStore.start(new StoreConfig(30, 17, 1, 0, Behaviour.none()))) {
      truth1 = TestCrawls.groundTruth(s);
      second = new Crawler(work, settings).run(TestCrawls.stores(s), null, CrawlListener.NONE);
    }
    String a = first.crawlId();
    String b = second.crawlId();
    assertNotEquals(a, b);
    Map<String, List<JsonNode>> rows = new HashMap<>();
    for (JsonNode v : TestCrawls.lines(second.crawlDir().resolve("versions.jsonl"))) {
      rows.computeIfAbsent(
              v.path("store").asText() + "/" + v.path("packageName").asText(),
              k -> new ArrayList<>())
          .add(v);
    }
    int kept = 0;
    int changed = 0;
    int removed = 0;
    int added = 0;
    for (var store : GROUND_TRUTH_STORE.entrySet()) {
      Map<String, JsonNode> before = listedIn(truth0, store.getValue());
      Map<String, JsonNode> after = listedIn(truth1, store.getValue());
      for (JsonNode t : before.values()) {
        List<JsonNode> app = rows.get(store.getKey() + "/" + t.path("packageName").asText());
        assertTrue(app != null, "rows of " + t);
        assertTrue(
            matching(app, t).stream().anyMatch(v -> v.path("firstSeenCrawl").asText().equals(a)),
            "epoch 0 version of " + t);
        JsonNode now = after.get(t.path("packageName").asText());
        if (now == null) {
          removed++;
          assertTrue(
              app.stream().allMatch(v -> v.path("lastSeenCrawl").asText().equals(a)),
              "removed " + t);
        } else if (sameVersion(t, now)) {
          kept++;
          List<JsonNode> same = matching(app, now);
          // One row spanning both crawls, or two when only the policy text changed.
          if (same.size() == 1) {
            assertEquals(a, same.get(0).path("firstSeenCrawl").asText());
            assertEquals(b, same.get(0).path("lastSeenCrawl").asText());
            assertEquals(2, same.get(0).path("crawls").asInt());
          } else {
            assertEquals(2, same.size(), "versions of " + now);
            assertNotEquals(same.get(0).path("policySha256"), same.get(1).path("policySha256"));
          }
        } else {
          changed++;
          assertTrue(
              matching(app, t).stream().allMatch(v -> v.path("lastSeenCrawl").asText().equals(a)),
              "old version of " + t);
          assertTrue(
              matching(app, now).stream()
                  .allMatch(v -> v.path("firstSeenCrawl").asText().equals(b)),
              "new version of " + now);
        }
      }
      for (JsonNode t : after.values()) {
        List<JsonNode> app = rows.get(store.getKey() + "/" + t.path("packageName").asText());
        assertTrue(
            app != null
                && matching(app, t).stream()
                    .anyMatch(v -> v.path("lastSeenCrawl").asText().equals(b)),
            "epoch 1 version of " + t);
        if (!before.containsKey(t.path("packageName").asText())) {
          added++;
          assertTrue(
              app.stream().allMatch(v -> v.path("firstSeenCrawl").asText().equals(b)),
              "new app " + t);
        }
      }
    }
    assertTrue(
        kept > 10 && changed > 0 && removed > 0 && added > 0,
        kept + " kept, " + changed + " changed, " + removed + " removed, " + added + " added");
    // Policy digests are those of the policies each crawl read through the listing's link.
    assertTrue(
        rows.values().stream()
            .flatMap(List::stream)
            .filter(v -> v.path("store").asText().equals("cnapi"))
            .anyMatch(v -> v.hasNonNull("policySha256")));
  }

  private static Map<String, JsonNode> listedIn(List<JsonNode> truth, String store) {
    Map<String, JsonNode> out = new HashMap<>();
    for (JsonNode t : truth) {
      for (JsonNode s : t.path("stores")) {
        if (s.asText().equals(store)) {
          out.put(t.path("packageName").asText(), t);
        }
      }
    }
    return out;
  }

  private static boolean sameVersion(JsonNode x, JsonNode y) {
    return x.path("versionCode").equals(y.path("versionCode"))
        && x.at("/apk/sha256").equals(y.at("/apk/sha256"));
  }

  /** The rows of an app with the ground truth's version code, name and APK digest. */
  private static List<JsonNode> matching(List<JsonNode> app, JsonNode truth) {
    return app.stream()
        // The web store shows no version code: its rows have none.
        .filter(
            v ->
                v.path("versionCode").isNull()
                    ? v.path("store").asText().equals("web")
                    : v.path("versionCode").asLong() == truth.path("versionCode").asLong())
        .filter(v -> v.path("versionName").asText().equals(truth.path("versionName").asText()))
        .filter(v -> v.path("apkSha256").asText().equals(truth.at("/apk/sha256").asText()))
        .toList();
  }
}
