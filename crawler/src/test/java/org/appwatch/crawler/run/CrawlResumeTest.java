package org.appwatch.crawler.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a crawler process with SIGKILL mid-crawl, starts the same command again, and checks that
 * the finished crawl holds exactly what an uninterrupted crawl of the same store holds: the same
 * listings, APK digests and policy text digests, none missing and none twice.
 */
class CrawlResumeTest {

  @TempDir Path whole;
  @TempDir Path killed;

  @Test
  void killNineThenResumeEqualsAnUninterruptedCrawl() throws Exception {
    try (LocalStore store = LocalStore.start(new StoreConfig(120, 3, 0, 0, Behaviour.defaults()))) {
      List<String> stores = TestCrawls.stores(store).stream().map(StoreTarget::toString).toList();
      assertEquals(0, crawler(whole, stores).waitFor());

      Process victim = crawler(killed, stores);
      Thread.sleep(2500);
      assertTrue(victim.isAlive(), "the crawl must still be running when killed");
      victim.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
      victim.waitFor(10, TimeUnit.SECONDS);
      assertFalse(Files.exists(crawlDir(killed).resolve("apks.jsonl")), "killed before the end");

      assertEquals(0, crawler(killed, stores).waitFor());

      for (String table : List.of("listings", "apks", "policies")) {
        assertEquals(summary(whole, table), summary(killed, table), table);
      }
    }
  }

  private static Process crawler(Path work, List<String> stores) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrawlMain.class.getName(),
                work.toString()));
    cmd.addAll(stores);
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("crawler.log").toFile())
        .start();
  }

  private static Path crawlDir(Path work) throws Exception {
    Path crawls = work.resolve("crawls");
    if (!Files.isDirectory(crawls)) {
      return crawls.resolve("none");
    }
    try (var dirs = Files.list(crawls)) {
      return dirs.findFirst().orElse(crawls.resolve("none"));
    }
  }

  /** Each row's identity and content digest, ignoring times, crawl ids and WARC positions. */
  private static TreeMap<String, String> summary(Path work, String table) throws Exception {
    TreeMap<String, String> out = new TreeMap<>();
    for (JsonNode n : TestCrawls.lines(crawlDir(work).resolve(table + ".jsonl"))) {
      String url = n.path("url").asText().replaceAll(":\\d+/", "/");
      // A policy URL is fetched once, for whichever store linked it first: keyed by URL alone.
      String key =
          table.equals("policies")
              ? url
              : n.path("store").asText() + " " + n.path("packageName").asText() + " " + url;
      String value =
          switch (table) {
            case "apks" -> n.path("sha256").asText() + " " + n.path("apkFile").asText();
            case "policies" -> n.path("status").asText() + " " + n.path("textSha256").asText();
            default -> n.path("fields").toString().replaceAll(":\\d+/", "/");
          };
      assertEquals(null, out.put(key, value), "duplicate " + key);
    }
    return out;
  }
}
