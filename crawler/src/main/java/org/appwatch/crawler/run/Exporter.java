package org.appwatch.crawler.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import org.appwatch.crawler.frontier.Frontier;

/**
 * Writes a crawl's output tables from the database to JSON Lines in the crawl directory ({@code
 * apks.jsonl}, {@code listings.jsonl}, {@code policies.jsonl}, {@code fetches.jsonl}), each file
 * replaced atomically, in key order so that two crawls of the same store compare line by line. Sums
 * what the report needs on the way.
 */
final class Exporter {

  private static final ObjectMapper JSON = new ObjectMapper();

  final Map<String, Long> fetchesByStore = new TreeMap<>();
  final Map<String, Long> listingsByStore = new TreeMap<>();
  final Map<String, Long> apksByStatus = new TreeMap<>();
  final Map<String, Map<String, Long>> missing = new TreeMap<>();
  long bytes;

  void export(Frontier frontier, Path crawlDir) throws IOException {
    Files.createDirectories(crawlDir);
    write(
        frontier,
        crawlDir,
        "apks",
        n -> apksByStatus.merge(n.path("status").asText(), 1L, Long::sum));
    write(frontier, crawlDir, "policies", n -> {});
    write(frontier, crawlDir, "listings", this::countListing);
    write(
        frontier,
        crawlDir,
        "fetches",
        n -> {
          fetchesByStore.merge(n.path("store").asText(), 1L, Long::sum);
          bytes += Math.max(0, n.path("size").asLong());
        });
  }

  Map<String, Map<String, Double>> missingShare() {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    missing.forEach(
        (store, fields) -> {
          Map<String, Double> shares = new TreeMap<>();
          fields.forEach((f, n) -> shares.put(f, n / (double) listingsByStore.get(store)));
          out.put(store, shares);
        });
    return out;
  }

  private void countListing(JsonNode n) {
    String store = n.path("store").asText();
    listingsByStore.merge(store, 1L, Long::sum);
    n.path("missingFields")
        .forEach(
            f ->
                missing
                    .computeIfAbsent(store, k -> new TreeMap<>())
                    .merge(f.asText(), 1L, Long::sum));
  }

  private void write(
      Frontier frontier, Path dir, String table, java.util.function.Consumer<JsonNode> tally)
      throws IOException {
    Path target = dir.resolve(table + ".jsonl");
    Path tmp = dir.resolve(table + ".jsonl.tmp");
    try (BufferedWriter out = Files.newBufferedWriter(tmp)) {
      frontier.rows(
          table,
          json -> {
            try {
              out.write(json);
              out.newLine();
              tally.accept(JSON.readTree(json));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
