package org.appwatch.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.policy.Clause;

/**
 * What a series of local-store crawls should give, computed without Spark: from the crawl's JSON
 * Lines files and the store's own model of each epoch ({@link AppSpec}, its {@code history()}).
 */
final class SeriesTruth {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SeriesTruth() {}

  /** {@code store/package} to the listing's category (null when the listing showed none). */
  static Map<String, String> listed(Path workDir, String crawlId) throws IOException {
    Map<String, String> apps = new LinkedHashMap<>();
    for (JsonNode n : lines(CrawlRecords.file(workDir, crawlId, CrawlRecords.LISTINGS))) {
      JsonNode category = n.path("fields").path("category");
      apps.put(
          n.get("store").asText() + "/" + n.get("packageName").asText(),
          category.isTextual() ? category.asText() : null);
    }
    return apps;
  }

  /** {@code store/package} of the records whose APK was stored. */
  static Set<String> storedApks(Path workDir, String crawlId) throws IOException {
    Set<String> apps = new HashSet<>();
    for (JsonNode n : lines(CrawlApks.records(workDir, crawlId))) {
      if (n.hasNonNull("apkFile")) {
        apps.add(n.get("store").asText() + "/" + n.get("packageName").asText());
      }
    }
    return apps;
  }

  /** Removes every listing of {@code packageName} from the crawl, as if no store had listed it. */
  static void dropListings(Path workDir, String crawlId, String packageName) throws IOException {
    Path file = CrawlRecords.file(workDir, crawlId, CrawlRecords.LISTINGS);
    List<String> kept = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!JSON.readTree(line).get("packageName").asText().equals(packageName)) {
        kept.add(line);
      }
    }
    Files.write(file, kept);
  }

  /**
   * Expected {@code peers/v1} rows as {@code store|category|permission} to {@code apps/with}:
   * counted are the listed apps with a category and a stored APK; an APK requests what the store's
   * model put in its manifest.
   */
  static Map<String, String> peers(Path workDir, String crawlId, Map<String, AppSpec> specs)
      throws IOException {
    Set<String> stored = storedApks(workDir, crawlId);
    Map<String, Integer> apps = new TreeMap<>();
    Map<String, Integer> with = new TreeMap<>();
    listed(workDir, crawlId)
        .forEach(
            (app, category) -> {
              if (category == null || !stored.contains(app)) {
                return;
              }
              String group = app.substring(0, app.indexOf('/')) + "|" + category;
              apps.merge(group, 1, Integer::sum);
              String pkg = app.substring(app.indexOf('/') + 1);
              new HashSet<>(specs.get(pkg).permissions())
                  .forEach(p -> with.merge(group + "|" + p, 1, Integer::sum));
            });
    Map<String, String> rows = new TreeMap<>();
    with.forEach(
        (key, k) -> rows.put(key, apps.get(key.substring(0, key.lastIndexOf('|'))) + "/" + k));
    return rows;
  }

  /** Permissions in {@code now}'s manifest and not in {@code before}'s. */
  static Set<String> permissionsAdded(AppSpec before, AppSpec now) {
    Set<String> added = new HashSet<>(now.permissions());
    added.removeAll(before.permissions());
    return added;
  }

  /** The policy text changed in an epoch after {@code from}, up to {@code to}. */
  static boolean policyChanged(AppSpec now, int from, int to) {
    return within(now.history().lastPolicyUpdate(), from, to)
        || within(now.history().lastSilentPolicyChange(), from, to);
  }

  /** The policy was rewritten with a new date that its page shows, after {@code from}. */
  static boolean newDateShown(AppSpec now, int from, int to) {
    return within(now.history().lastPolicyUpdate(), from, to)
        && now.policy().clauses().contains(Clause.EFFECTIVE_AND_UPDATED_DATES);
  }

  private static boolean within(int epoch, int from, int to) {
    return epoch > from && epoch <= to;
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }
}
