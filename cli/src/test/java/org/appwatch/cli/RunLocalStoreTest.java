package org.appwatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.corpus.ExpectedFlags;
import org.appwatch.publish.data.VerdictAccuracy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code appwatch run} as the README's first command runs it: no store configured, so it starts the
 * local store, crawls its three formats, and measures its own verdicts against the store's answer
 * key for the league table.
 */
class RunLocalStoreTest {

  @TempDir Path workDir;

  @Test
  void runsOnTheLocalStoreAndPublishesItsMeasuredAccuracy() throws Exception {
    int exit =
        Main.commandLine()
            .execute(
                "run",
                "--apps",
                "30",
                "--seed",
                "5",
                "--no-index",
                "--work-dir",
                workDir.toString());
    assertEquals(0, exit);

    VerdictAccuracy accuracy =
        VerdictAccuracy.read(workDir.resolve(RunAccuracy.FILE)).orElseThrow();
    assertEquals(30L, accuracy.corpus().apps());
    assertEquals(5L, accuracy.corpus().seed());
    String measuredOn = accuracy.corpus().measuredOn();
    assertTrue(measuredOn.contains("web") && !measuredOn.contains("fdroid"), measuredOn);

    // The key's side, counted here from the corpus and the crawled listings: every positive of
    // the key is a true positive or a false negative of the run.
    Corpus corpus = new Corpus(30, 5, 0);
    Map<String, Integer> positives = new HashMap<>();
    List<String> packages = listedPackages(workDir, "fdroid");
    assertFalse(packages.isEmpty());
    corpus
        .aliveIndices()
        .mapToObj(corpus::app)
        .forEach(
            a -> {
              long listings = packages.stream().filter(a.packageName()::equals).count();
              for (String item : ExpectedFlags.of(a, 0)) {
                positives.merge(item, (int) listings, Integer::sum);
              }
            });
    assertEquals(16, accuracy.items().size(), "every item an automated rule decides");
    for (VerdictAccuracy.ItemAccuracy item : accuracy.items()) {
      assertEquals(
          (long) positives.getOrDefault(item.item(), 0),
          (long) (item.tp() + item.fn()),
          item.item() + " positives");
    }
    // Every page-level M1.4 case is found: each image-only or PDF-link page is analysed as
    // served, not given the analysis of another page with the same (empty) text.
    VerdictAccuracy.ItemAccuracy m14 = accuracy.byItem().get("M1.4");
    assertTrue(m14.tp() > 0 && m14.fn() == 0, m14.toString());
    String site = Files.readString(workDir.resolve("site/index.html"));
    assertTrue(site.contains("of the local store"), "the site says what accuracy was measured on");
  }

  /** Package names of every listing of the crawl outside {@code excludedStore}, with repeats. */
  private static List<String> listedPackages(Path workDir, String excludedStore) throws Exception {
    Path crawls = workDir.resolve("crawls");
    Path crawl;
    try (var dirs = Files.list(crawls)) {
      crawl = dirs.findFirst().orElseThrow();
    }
    ObjectMapper json = new ObjectMapper();
    return Files.readAllLines(crawl.resolve("listings.jsonl")).stream()
        .map(
            l -> {
              try {
                return json.readTree(l);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .filter(n -> !n.path("store").asText().equals(excludedStore))
        .map(n -> n.path("packageName").asText())
        .toList();
  }
}
