package org.appwatch.localstore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Category;
import org.appwatch.localstore.corpus.StoreId;
import org.appwatch.localstore.http.FdroidRepoTestAccess;
import org.junit.jupiter.api.Test;

class LocalStoreTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a crawler sees of a store, to compare two runs byte for byte. */
  private static List<byte[]> snapshot(LocalStore s) {
    AppSpec web =
        s.corpus()
            .aliveIndices()
            .mapToObj(s.corpus()::app)
            .filter(a -> a.listedIn(StoreId.WEB))
            .findFirst()
            .orElseThrow();
    AppSpec cn =
        s.corpus()
            .aliveIndices()
            .mapToObj(s.corpus()::app)
            .filter(a -> a.listedIn(StoreId.CN))
            .findFirst()
            .orElseThrow();
    return List.of(
        Fetch.ok(s.fdroidRepo().resolve("index-v2.json")),
        Fetch.ok(s.fdroidRepo().resolve("entry.json")),
        Fetch.ok(s.webStore().resolve("/store/apps/category/TOOLS")),
        Fetch.ok(s.webStore().resolve("/store/apps/details?id=" + web.packageName())),
        Fetch.ok(s.cnApi().resolve("/api/v1/app/" + cn.packageName())),
        Fetch.ok(s.fdroidRepo().resolve(web.apkFileName())));
  }

  private static int freeBase() throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      int base;
      try (ServerSocket s = new ServerSocket(0)) {
        base = s.getLocalPort();
      }
      if (base > 65000) {
        continue;
      }
      boolean free = true;
      for (int i = 1; i < 4 && free; i++) {
        try (ServerSocket s = new ServerSocket(base + i)) {
          free = true;
        } catch (IOException e) {
          free = false;
        }
      }
      if (free) {
        return base;
      }
    }
    throw new IOException("no four free consecutive ports");
  }

  @Test
  void sameSeedGivesByteIdenticalStoresAndOtherSeedsDiffer() throws Exception {
    int base = freeBase();
    List<byte[]> first;
    try (LocalStore s = LocalStore.start(new StoreConfig(40, 42L, 0, base, Behaviour.none()))) {
      assertEquals(base, s.fdroidRepo().getPort());
      assertEquals(base + 3, s.sites().getPort());
      first = snapshot(s);
    }
    List<byte[]> second;
    try (LocalStore s = LocalStore.start(new StoreConfig(40, 42L, 0, base, Behaviour.none()))) {
      second = snapshot(s);
    }
    for (int i = 0; i < first.size(); i++) {
      assertArrayEquals(first.get(i), second.get(i), "resource " + i);
    }
    try (LocalStore s = LocalStore.start(new StoreConfig(40, 43L, 0, 0, Behaviour.none()))) {
      byte[] other = Fetch.ok(s.fdroidRepo().resolve("index-v2.json"));
      assertFalse(java.util.Arrays.equals(first.get(0), other));
    }
  }

  @Test
  void preparedAndCachedApksAreTheBytesTheWriterMakes() throws Exception {
    try (LocalStore s = LocalStore.start(new StoreConfig(12, 9L, 0, 0, Behaviour.none()))) {
      java.util.concurrent.atomic.AtomicInteger highest =
          new java.util.concurrent.atomic.AtomicInteger();
      s.prepareApks(2, done -> highest.accumulateAndGet(done, Math::max));
      assertEquals(s.corpus().aliveIndices().count(), highest.get());
      org.appwatch.localstore.apk.ApkWriter writer = new org.appwatch.localstore.apk.ApkWriter();
      for (int i : s.corpus().aliveIndices().toArray()) {
        AppSpec a = s.corpus().app(i);
        URI apk = s.fdroidRepo().resolve(a.apkFileName());
        byte[] served = Fetch.ok(apk);
        assertArrayEquals(writer.write(a.apk()), served, a.packageName());
        assertArrayEquals(served, Fetch.ok(apk), a.packageName() + " served twice");
      }
    }
  }

  @Test
  void groundTruthMatchesWhatIsServed() throws Exception {
    try (LocalStore s = LocalStore.start(new StoreConfig(60, 5L, 1, 0, Behaviour.none()))) {
      String[] lines =
          new String(
                  Fetch.ok(s.fdroidRepo().resolve("/ground-truth.jsonl")), StandardCharsets.UTF_8)
              .split("\n");
      assertEquals(s.corpus().aliveIndices().count(), lines.length);
      JsonNode index = JSON.readTree(Fetch.ok(s.fdroidRepo().resolve("index-v2.json")));
      int checked = 0;
      for (String line : lines) {
        JsonNode g = JSON.readTree(line);
        AppSpec a = s.corpus().app(g.get("index").asInt());
        assertEquals(a.packageName(), g.get("packageName").asText());
        assertEquals(a.permissions().size(), g.get("permissions").size());
        assertTrue(g.get("expectedFlags").isArray());
        if (g.get("stores").toString().contains("fdroid")) {
          JsonNode v = index.at("/packages/" + a.packageName() + "/versions");
          assertTrue(v.has(g.at("/apk/sha256").asText()), a.packageName());
          checked++;
        }
        if (g.at("/policy/link").asText().equals("present")) {
          assertEquals(200, Fetch.get(URI.create(g.at("/policy/url").asText())).statusCode());
        }
      }
      assertTrue(checked > 10);
      String first = lines[0];
      JsonNode g = JSON.readTree(first);
      byte[] apk =
          Fetch.ok(
              s.fdroidRepo()
                  .resolve("/repo/" + s.corpus().app(g.get("index").asInt()).apkFileName()));
      assertEquals(g.at("/apk/sha256").asText(), FdroidRepoTestAccess.sha256(apk));
    }
  }

  @Test
  void aHundredThousandAppStoreServesPagesWithoutGeneratingTheCorpus() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          try (LocalStore s =
              LocalStore.start(new StoreConfig(100_000, 9L, 0, 0, Behaviour.none()))) {
            int last = 99_999;
            while (!s.corpus().stores(last).contains(StoreId.WEB) || !s.corpus().alive(last)) {
              last--;
            }
            AppSpec a = s.corpus().app(last);
            String page =
                new String(
                    Fetch.ok(s.webStore().resolve("/store/apps/details?id=" + a.packageName())),
                    StandardCharsets.UTF_8);
            assertTrue(page.contains(a.title()));
            String cat =
                new String(
                    Fetch.ok(s.webStore().resolve("/store/apps/category/" + Category.NEWS.id())),
                    StandardCharsets.UTF_8);
            assertTrue(cat.contains("rel=\"next\""));
          }
        });
  }

  @Test
  void laterEpochsAddRemoveAndChangeSomeAppsAndKeepTheRest() {
    var e0 = new org.appwatch.localstore.corpus.Corpus(500, 21L, 0);
    var e1 = new org.appwatch.localstore.corpus.Corpus(500, 21L, 1);
    Map<String, Integer> counts = new HashMap<>();
    List<Integer> unchanged = new ArrayList<>();
    for (int i = 0; i < e1.indexLimit(); i++) {
      boolean was = e0.alive(i);
      boolean is = e1.alive(i);
      if (was && !is) {
        counts.merge("removed", 1, Integer::sum);
      } else if (!was && is) {
        counts.merge("added", 1, Integer::sum);
      } else if (was) {
        AppSpec a = e0.app(i);
        AppSpec b = e1.app(i);
        if (a.versionCode() != b.versionCode()) {
          counts.merge("newVersion", 1, Integer::sum);
          assertTrue(b.versionCode() > a.versionCode());
        }
        if (!a.policy().equals(b.policy())) {
          counts.merge(
              a.policy().updatedDate().equals(b.policy().updatedDate()) ? "silent" : "dated",
              1,
              Integer::sum);
        }
        if (a.equals(b)) {
          unchanged.add(i);
        }
      }
    }
    for (String k : List.of("removed", "added", "newVersion", "silent", "dated")) {
      assertTrue(counts.getOrDefault(k, 0) > 0, k + " " + counts);
    }
    assertTrue(unchanged.size() > 350, "most apps stay identical: " + unchanged.size());
  }
}
