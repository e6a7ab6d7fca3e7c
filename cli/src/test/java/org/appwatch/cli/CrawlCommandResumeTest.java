package org.appwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code appwatch crawl} with no store starts the local store itself, on ports of its choosing.
 * Killed with SIGKILL and started again, it must bring the store back on the same ports (the
 * frontier's URLs name them) and end with what an uninterrupted crawl holds.
 */
class CrawlCommandResumeTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path whole;
  @TempDir Path killed;

  @Test
  void aKilledLocalStoreCrawlResumesOnTheSamePorts() throws Exception {
    assertEquals(0, crawl(whole).waitFor());
    assertFalse(Files.exists(portFile(whole)), "a finished crawl leaves no ports to reuse");

    Process victim = crawl(killed);
    long deadline = System.currentTimeMillis() + 60_000;
    while (!Files.exists(killed.resolve("warc")) && System.currentTimeMillis() < deadline) {
      Thread.sleep(100);
    }
    Thread.sleep(1500);
    assertTrue(victim.isAlive(), "the crawl must still be running when killed");
    victim.destroyForcibly(); // SIGKILL: no shutdown hooks
    victim.waitFor(10, TimeUnit.SECONDS);
    assertTrue(Files.exists(portFile(killed)), "the ports are recorded while the crawl runs");

    Process again = crawl(killed);
    assertEquals(0, again.waitFor(), Files.readString(killed.resolve("crawl.log")));
    String log = Files.readString(killed.resolve("crawl.log"));
    assertTrue(log.contains("resuming crawl"), log);
    // Had the store come back on other ports, the frontier's URLs would all fail to connect.

    for (String table : List.of("listings", "apks", "policies")) {
      assertEquals(summary(whole, table), summary(killed, table), table);
    }
  }

  private static Process crawl(Path work) throws Exception {
    Path config = work.resolve("crawl.yaml");
    Files.writeString(
        config,
        "crawl:\n  allow-networks: [127.0.0.0/8]\n  politeness.enabled: false\n"
            + "  retry.backoff: 50ms\n  threads: 4\n");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "crawl",
                "--apps",
                "80",
                "--config",
                config.toString(),
                "--work-dir",
                work.toString()));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("crawl.log").toFile()))
        .start();
  }

  private static Path portFile(Path work) {
    return work.resolve("crawler").resolve(CrawlCommand.LOCAL_PORT_FILE);
  }

  private static Path listings(Path work) throws Exception {
    Path crawls = work.resolve("crawls");
    if (Files.isDirectory(crawls)) {
      try (var dirs = Files.list(crawls)) {
        Path dir = dirs.findFirst().orElse(crawls.resolve("none"));
        return dir.resolve("listings.jsonl");
      }
    }
    return work.resolve("crawls").resolve("none").resolve("listings.jsonl");
  }

  /** Each row's identity and content digest, ignoring times, crawl ids, ports and WARC places. */
  private static TreeMap<String, String> summary(Path work, String table) throws Exception {
    TreeMap<String, String> out = new TreeMap<>();
    Path file = listings(work).resolveSibling(table + ".jsonl");
    for (String line : Files.readAllLines(file)) {
      JsonNode n = JSON.readTree(line);
      String url = n.path("url").asText().replaceAll(":\\d+/", "/");
      String key =
          table.equals("policies")
              ? url
              : n.path("store").asText() + " " + n.path("packageName").asText() + " " + url;
      String value =
          switch (table) {
            // stored vs already-stored depends on which store won the race: digests only
            case "apks" -> n.path("sha256").asText();
            case "policies" -> n.path("status").asText() + " " + n.path("textSha256").asText();
            default -> n.path("fields").toString().replaceAll(":\\d+/", "/");
          };
      assertEquals(null, out.put(key, value), "duplicate " + key);
    }
    return out;
  }
}
