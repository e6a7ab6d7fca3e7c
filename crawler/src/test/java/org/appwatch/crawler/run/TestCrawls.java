package org.appwatch.crawler.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appwatch.localstore.LocalStore;
import org.appwatch.model.Settings;

/** Settings and helpers the crawl tests share: fast retries, tiny delays, 127.0.0.1 allowed. */
final class TestCrawls {

  static final ObjectMapper JSON = new ObjectMapper();

  private TestCrawls() {}

  static Settings settings(Map<String, String> more) {
    Map<String, String> s =
        new java.util.HashMap<>(
            Map.of(
                "crawl.allow-networks", "127.0.0.0/8",
                "crawl.threads", "8",
                "crawl.politeness.delay", "0ms",
                "crawl.politeness.max-crawl-delay", "20ms",
                "crawl.politeness.connections-per-host", "4",
                "crawl.retry.backoff", "50ms",
                "crawl.retry.max-attempts", "5",
                "crawl.timeout.response", "30s",
                "crawl.timeout.total", "60s"));
    s.putAll(more);
    return Settings.defaults().with(s, "test");
  }

  static List<StoreTarget> stores(LocalStore store) {
    return List.of(
        new StoreTarget("fdroid-v2", store.fdroidRepo()),
        new StoreTarget("web-play", store.webStore()),
        new StoreTarget("cn-json", store.cnApi()));
  }

  static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  static List<JsonNode> groundTruth(LocalStore store) throws IOException, InterruptedException {
    var client = java.net.http.HttpClient.newHttpClient();
    var body =
        client.send(
            java.net.http.HttpRequest.newBuilder(store.fdroidRepo().resolve("/ground-truth.jsonl"))
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofLines());
    List<JsonNode> out = new ArrayList<>();
    for (String line : (Iterable<String>) body.body()::iterator) {
      out.add(JSON.readTree(line));
    }
    return out;
  }
}
