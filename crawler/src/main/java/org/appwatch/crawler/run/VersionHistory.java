package org.appwatch.crawler.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code crawl-versions/v1} ({@code versions.jsonl}): every version of every app the work
 * directory's crawls have seen, carried from the previous finished crawl's table and brought up to
 * date with this crawl's listings, APKs and policies. A version is one combination of version code
 * and name, APK digest and policy text digest as a store showed them; each row says in which crawl
 * it was first and last seen. Written at export from the exported tables, so a resumed crawl writes
 * it again the same way.
 */
final class VersionHistory {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One row of {@code crawl-versions/v1}. */
  record Version(
      String store,
      String packageName,
      Long versionCode,
      String versionName,
      String apkSha256,
      String policySha256,
      String firstSeenCrawl,
      String lastSeenCrawl,
      int crawls) {

    String key() {
      return String.join(
          "\t",
          store,
          packageName,
          String.valueOf(versionCode),
          String.valueOf(versionName),
          String.valueOf(apkSha256),
          String.valueOf(policySha256));
    }
  }

  private static final Comparator<Version> ORDER =
      Comparator.comparing(Version::store)
          .thenComparing(Version::packageName)
          .thenComparing(Version::firstSeenCrawl)
          .thenComparing(Version::key);

  private VersionHistory() {}

  /**
   * Writes {@code versions.jsonl} in the crawl directory.
   *
   * @param previous the previous finished crawl's {@code versions.jsonl}, or null; a missing file
   *     (a crawl from before this table) starts the history afresh
   */
  static void write(Path crawlDir, String crawlId, Path previous) throws IOException {
    Map<String, Version> versions = new LinkedHashMap<>();
    if (previous != null && Files.isRegularFile(previous)) {
      each(previous, n -> put(versions, JSON.convertValue(n, Version.class)));
    }
    Map<String, String> policyByLink = new HashMap<>();
    each(
        crawlDir.resolve("policies.jsonl"),
        p -> policyByLink.put(p.path("requestedUrl").asText(), p.path("textSha256").asText(null)));
    Map<String, List<JsonNode>> apksByApp = new HashMap<>();
    each(
        crawlDir.resolve("apks.jsonl"),
        a -> {
          if (a.hasNonNull("sha256")) {
            apksByApp.computeIfAbsent(app(a), k -> new ArrayList<>()).add(a);
          }
        });
    each(
        crawlDir.resolve("listings.jsonl"),
        l -> observe(versions, crawlId, l, apksByApp.get(app(l)), policyByLink));
    Path target = crawlDir.resolve("versions.jsonl");
    Path tmp = crawlDir.resolve("versions.jsonl.tmp");
    try (BufferedWriter out = Files.newBufferedWriter(tmp)) {
      for (Version v : versions.values().stream().sorted(ORDER).toList()) {
        out.write(JSON.writeValueAsString(v));
        out.newLine();
      }
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static void observe(
      Map<String, Version> versions,
      String crawlId,
      JsonNode listing,
      List<JsonNode> apks,
      Map<String, String> policyByLink) {
    JsonNode f = listing.path("fields");
    URI page = URI.create(listing.path("url").asText());
    String policyUrl = f.path("policyUrl").asText(null);
    String policy = policyUrl == null ? null : policyByLink.get(resolve(page, policyUrl));
    Version seen =
        new Version(
            listing.path("store").asText(),
            listing.path("packageName").asText(),
            versionCode(f.path("versionCode")),
            f.path("versionName").asText(null),
            apkSha256(apks, page, f.path("apkUrl").asText(null)),
            policy,
            crawlId,
            crawlId,
            1);
    Version before = versions.get(seen.key());
    if (before == null) {
      put(versions, seen);
    } else if (!before.lastSeenCrawl().equals(crawlId)) {
      put(
          versions,
          new Version(
              before.store(),
              before.packageName(),
              before.versionCode(),
              before.versionName(),
              before.apkSha256(),
              before.policySha256(),
              before.firstSeenCrawl(),
              crawlId,
              before.crawls() + 1));
    }
  }

  /** The digest of the APK the listing links, else of any APK stored for the app this crawl. */
  private static String apkSha256(List<JsonNode> apks, URI page, String apkUrl) {
    if (apks == null) {
      return null;
    }
    String linked = apkUrl == null ? null : resolve(page, apkUrl);
    return apks.stream()
        .filter(a -> a.path("url").asText().equals(linked))
        .findFirst()
        .orElse(apks.get(0))
        .path("sha256")
        .asText();
  }

  /** The listing's version code, or null when the store shows none (the web store). */
  private static Long versionCode(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    try {
      return n.isNumber() ? n.asLong() : Long.valueOf(n.asText().trim());
    } catch (NumberFormatException e) {
      return null; // a store showing no number: the name still tells versions apart
    }
  }

  private static String resolve(URI page, String href) {
    try {
      return page.resolve(href.trim()).toString();
    } catch (IllegalArgumentException e) {
      return href;
    }
  }

  private static String app(JsonNode n) {
    return n.path("store").asText() + "\t" + n.path("packageName").asText();
  }

  private static void put(Map<String, Version> versions, Version v) {
    versions.put(v.key(), v);
  }

  private static void each(Path jsonl, Consumer<JsonNode> sink) throws IOException {
    if (!Files.isRegularFile(jsonl)) {
      return;
    }
    try (BufferedReader r = Files.newBufferedReader(jsonl)) {
      for (String line; (line = r.readLine()) != null; ) {
        sink.accept(JSON.readTree(line));
      }
    }
  }
}
