package org.appwatch.search.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The policy pages of one crawl, from {@code crawls/<crawl_id>/policies.jsonl} ({@code
 * crawl-policies/v1}), keyed by the URL a listing named ({@code requestedUrl}), which is how the
 * score job joins listings to policies. Texts are read from the work directory's {@code policies/}
 * files on demand.
 */
final class CrawlPolicies {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One fetched policy page; {@code textSha256} and {@code textFile} are null without text. */
  record Page(
      String url,
      String requestedUrl,
      String textSha256,
      String language,
      String textFile,
      String warcRecordId) {

    boolean hasText() {
      return textSha256 != null && textFile != null;
    }
  }

  private final Path workDir;
  private final Map<String, Page> byRequestedUrl;

  private CrawlPolicies(Path workDir, Map<String, Page> byRequestedUrl) {
    this.workDir = workDir;
    this.byRequestedUrl = byRequestedUrl;
  }

  /** Reads the crawl's policy records; none when the file is absent. */
  static CrawlPolicies read(Path workDir, String crawlId) throws IOException {
    Path file = workDir.resolve("crawls").resolve(crawlId).resolve("policies.jsonl");
    Map<String, Page> pages = new HashMap<>();
    if (Files.isRegularFile(file)) {
      try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode r = JSON.readTree(line);
          Page page =
              new Page(
                  text(r, "url"),
                  text(r, "requestedUrl"),
                  text(r, "textSha256"),
                  text(r, "language"),
                  text(r, "textFile"),
                  text(r, "warcRecordId"));
          if (page.requestedUrl() != null) {
            pages.putIfAbsent(page.requestedUrl(), page);
          }
        }
      }
    }
    return new CrawlPolicies(workDir, pages);
  }

  /** The page fetched for the link {@code policyUrl}, or null (no link, or not fetched). */
  Page page(String policyUrl) {
    return policyUrl == null ? null : byRequestedUrl.get(policyUrl);
  }

  /**
   * The page's extracted text.
   *
   * @throws IOException if the page has a text file that cannot be read
   */
  String text(Page page) throws IOException {
    return Files.readString(workDir.resolve(page.textFile()), StandardCharsets.UTF_8);
  }

  private static String text(JsonNode row, String name) {
    JsonNode value = row.path(name);
    return value.isValueNode() && !value.isNull() ? value.asText() : null;
  }
}
