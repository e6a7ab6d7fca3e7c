package org.appwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.corpus.ExpectedFlags;
import org.appwatch.publish.data.Datasets;
import org.appwatch.scoring.assess.eval.AccuracyFile;
import org.appwatch.scoring.assess.eval.FlagComparison;
import org.appwatch.scoring.rules.RuleCatalogue;

/**
 * The run's own verdicts, crawled and scored end to end, against the local store's answer key,
 * written as {@code reports/verdict-accuracy.json} for the league table. Only listings of stores
 * whose pages have a privacy-policy field count: an F-Droid index has none, so there the policy
 * items are rightly unknown and would read as misses of the pipeline.
 */
final class RunAccuracy {

  static final String FILE = "reports/verdict-accuracy.json";

  private RunAccuracy() {}

  /** The figures, written to {@link #FILE} under the work directory. */
  static List<AccuracyFile.ItemFigures> measure(
      Path workDir, Path crawlDir, String crawlId, Corpus corpus) throws IOException {
    Set<String> stores = storesWithPolicyField(crawlDir.resolve("listings.jsonl"));
    Map<String, Set<String>> keyByPackage = new HashMap<>();
    corpus
        .aliveIndices()
        .mapToObj(corpus::app)
        .forEach(a -> keyByPackage.put(a.packageName(), ExpectedFlags.of(a, corpus.epoch())));
    Map<String, Set<String>> expected = new HashMap<>();
    Map<String, Set<String>> flagged = new HashMap<>();
    new Datasets(workDir)
        .forEachFinding(
            crawlId,
            f -> {
              Set<String> key = keyByPackage.get(f.packageName());
              if (key == null || !stores.contains(f.store())) {
                return;
              }
              String app = f.store() + "/" + f.packageName();
              expected.put(app, key);
              if ("automated".equals(f.kind())
                  && ("violation".equals(f.verdict()) || "likely".equals(f.verdict()))) {
                flagged.computeIfAbsent(app, k -> new TreeSet<>()).addAll(f.methodItems());
              }
            });
    List<AccuracyFile.ItemFigures> items =
        FlagComparison.compare(RuleCatalogue.load(), expected, flagged);
    AccuracyFile.write(
        workDir.resolve(FILE),
        new AccuracyFile.Corpus(
            corpus.baseApps(),
            corpus.seed(),
            corpus.epoch(),
            "crawl "
                + crawlId
                + " of the local store, "
                + expected.size()
                + " listings of "
                + String.join(", ", new TreeSet<>(stores))),
        items);
    return items;
  }

  private static Set<String> storesWithPolicyField(Path listings) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> stores = new HashSet<>();
    try (BufferedReader in = Files.newBufferedReader(listings)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode n = json.readTree(line);
        boolean shown = n.path("fields").has("policyUrl");
        for (JsonNode missing : n.path("missingFields")) {
          shown |= missing.asText().equals("policyUrl");
        }
        if (shown) {
          stores.add(n.path("store").asText());
        }
      }
    }
    return stores;
  }
}
