package org.appwatch.publish.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsTest {

  @TempDir static Path work;

  @BeforeAll
  static void writeCrawls() throws Exception {
    SampleCrawls.write(work);
    // a half-written partition a job is still staging: readers must not see it
    SampleCrawls.write(work.resolve("staging"), "20261201T000000Z", false);
    Files.move(
        work.resolve("staging/datasets/scores/crawl_id=20261201T000000Z"),
        work.resolve("datasets/scores/_staging-crawl_id=20261201T000000Z"));
  }

  @Test
  void theLatestCrawlIsTheDefaultAndThePreviousOneIsFound() throws Exception {
    Datasets d = new Datasets(work);
    assertEquals(List.of(SampleCrawls.PREVIOUS, SampleCrawls.LATEST), d.crawlIds());
    assertEquals(SampleCrawls.LATEST, d.resolveCrawl(null));
    assertEquals(SampleCrawls.PREVIOUS, d.previous(SampleCrawls.LATEST).orElseThrow());
    assertTrue(d.previous(SampleCrawls.PREVIOUS).isEmpty());
  }

  @Test
  void readsBackEveryColumnAsWritten() throws Exception {
    CrawlSnapshot crawl = new Datasets(work).load(SampleCrawls.LATEST);
    assertEquals(List.of("cnapi", "empty", "fdroid", "web"), crawl.stores());
    assertEquals(SampleCrawls.APPS.size(), crawl.scores().size());
    AppScore first = crawl.scores().get(0);
    assertEquals(1, first.priority());
    assertEquals("微信读书助手", first.title());
    assertEquals(5_000_000L, first.installsMin());
    assertEquals(
        "cd".repeat(32),
        crawl.scores().stream()
            .filter(s -> s.packageName().equals("com.example.maps"))
            .findFirst()
            .orElseThrow()
            .policySha256());
    assertEquals(null, first.policySha256());
    assertEquals(java.time.LocalDate.of(2026, 11, 24), crawl.crawlDate());
    assertEquals(SampleCrawls.CATALOGUE, crawl.catalogueVersion());
    AppScore.ItemRoll m21 =
        first.items().stream().filter(i -> i.item().equals("M2.1")).findFirst().orElseThrow();
    assertEquals(new AppScore.ItemRoll("M2.1", "violation", List.of("AW-012")), m21);

    List<Finding> written =
        SampleCrawls.findingsOf(SampleCrawls.LATEST, SampleCrawls.APPS.get(0)).stream()
            .sorted(java.util.Comparator.comparing(Finding::ruleId))
            .toList();
    assertEquals(written, crawl.findingsByApp().get(first.key()));
  }

  @Test
  void theHostileTitleComesBackUnchanged() throws Exception {
    CrawlSnapshot crawl = new Datasets(work).load(SampleCrawls.LATEST);
    assertTrue(crawl.scores().stream().anyMatch(s -> SampleCrawls.HOSTILE.equals(s.title())));
  }

  @Test
  void noDatasetsAndUnknownCrawlsAreClearErrors(@TempDir Path empty) throws Exception {
    NoDatasetsException none =
        assertThrows(NoDatasetsException.class, () -> new Datasets(empty).resolveCrawl(null));
    assertTrue(none.getMessage().contains("run `appwatch run` first"), none.getMessage());
    NoDatasetsException unknown =
        assertThrows(NoDatasetsException.class, () -> new Datasets(work).resolveCrawl("2020"));
    assertTrue(unknown.getMessage().contains(SampleCrawls.PREVIOUS), unknown.getMessage());
  }

  @Test
  void verdictAccuracyIsReadWhenPresent(@TempDir Path dir) throws Exception {
    assertTrue(new Datasets(dir).accuracy().isEmpty());
    Files.createDirectories(dir.resolve("reports"));
    Files.writeString(
        dir.resolve("reports/verdict-accuracy.json"),
        """
        {"corpus": {"apps": 500, "seed": 42, "epoch": "0"},
         "items": [{"item": "M1.1", "tp": 40, "fp": 2, "fn": 1, "precision": 0.952,
                    "recall": 0.976, "note": "a field of a later minor version"}]}
        """);
    VerdictAccuracy a = new Datasets(dir).accuracy().orElseThrow();
    assertEquals(500L, a.corpus().apps());
    assertEquals(0.952, a.byItem().get("M1.1").precision());
  }
}
