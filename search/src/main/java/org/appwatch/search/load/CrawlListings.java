package org.appwatch.search.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appwatch.model.AppKey;

/**
 * The listing facts of one crawl that the scores dataset does not carry: description, policy link
 * and declared permissions, read from {@code crawls/<crawl_id>/listings.jsonl} ({@code
 * crawl-listings/v1}). Field names are those of the store configurations; a field a store does not
 * show is null (or an empty list).
 */
final class CrawlListings {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One app's listing facts; {@code permissions} never null. */
  record Listing(String description, String policyUrl, List<String> permissions) {}

  private CrawlListings() {}

  /**
   * Reads the listings of {@code crawlId}; empty when the crawl folder has none (a work directory
   * copied without its crawl records still indexes, without descriptions).
   *
   * @throws IOException if the file cannot be read or a line is not JSON
   */
  static Map<AppKey, Listing> read(Path workDir, String crawlId) throws IOException {
    Path file = workDir.resolve("crawls").resolve(crawlId).resolve("listings.jsonl");
    Map<AppKey, Listing> listings = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return listings;
    }
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode row;
        try {
          row = JSON.readTree(line);
        } catch (IOException e) {
          throw new IOException(file + " line " + number + " is not JSON: " + e.getMessage(), e);
        }
        String store = row.path("store").asText(null);
        String pkg = row.path("packageName").asText(null);
        if (store != null && pkg != null) {
          JsonNode fields = row.path("fields");
          listings.putIfAbsent(
              new AppKey(store, pkg),
              new Listing(
                  text(fields, "description"),
                  text(fields, "policyUrl"),
                  strings(fields.path("permissions"))));
        }
      }
    }
    return listings;
  }

  private static String text(JsonNode fields, String name) {
    JsonNode value = fields.path(name);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
