package org.appwatch.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.appwatch.publish.Publisher;
import org.appwatch.publish.data.SampleCrawls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeagueSiteTest {

  @TempDir static Path work;
  @TempDir static Path site;

  @BeforeAll
  static void publish() throws Exception {
    SampleCrawls.write(work);
    new Publisher(work, SampleCrawls.methodItems()).publish(null, site);
  }

  @Test
  void chartsHaveOneBarPerStoreCategoryItemAndSdk() throws Exception {
    Document index = Jsoup.parse(Files.readString(site.resolve("index.html")));
    assertEquals(4, index.select("#chart-stores rect.bar").size(), "the empty store has a bar");
    assertEquals(6, index.select("#chart-categories rect.bar").size());
    // violations in M1.1, M2.1, M5.1 for the four apps that violate
    assertEquals(3, index.select("#chart-items rect.bar").size());
    assertEquals(
        List.of("Tencent Ads: 6", "友盟统计 Umeng: 6"), index.select("#chart-sdks title").eachText());
    assertEquals(4, index.select("#chart-changes rect.bar").size());
    assertTrue(index.select("script").isEmpty());
  }

  @Test
  void changeSinceTheLastCrawlIsPerStore() throws Exception {
    Document tables = Jsoup.parse(Files.readString(site.resolve("tables.html")));
    var fdroid =
        tables.select("#table-changes tbody tr:has(td:eq(0):containsOwn(fdroid)) td").eachText();
    // before: sms 4.0 alone; now: notes 1.2 (new) and sms 7.8
    assertEquals(List.of("fdroid", "1", "2", "4", "4.50", "0.50", "1", "0", "1", "1"), fdroid);
  }

  @Test
  void everyPageStatesTheCrawlsCatalogueLimitsAndAccuracy() throws Exception {
    for (String page : List.of("index.html", "apps.html", "tables.html")) {
      Document doc = Jsoup.parse(Files.readString(site.resolve(page)));
      String facts = doc.select("#crawl-facts").text();
      assertTrue(facts.contains(SampleCrawls.LATEST + " (2026-11-24)"), page + ": " + facts);
      assertTrue(facts.contains(SampleCrawls.PREVIOUS + " (2026-11-01)"), page);
      assertTrue(facts.contains(SampleCrawls.CATALOGUE), page);
      assertEquals(3, doc.select("#undecidable li").size(), page + ": M1.2, M3.6, M5.2");
      assertEquals(6, doc.select("#table-accuracy tbody tr:contains(not measured)").size(), page);
    }
  }

  @Test
  void downloadsHoldTheSameTables() throws Exception {
    Document apps = Jsoup.parse(Files.readString(site.resolve("apps.html")));
    assertEquals(SampleCrawls.APPS.size(), apps.select("#table-apps tbody tr").size());
    assertTrue(apps.select("#table-apps td").eachText().contains(SampleCrawls.HOSTILE));
    for (String href : apps.select("#downloads a").eachAttr("href")) {
      assertTrue(Files.exists(site.resolve(href)), href);
    }
    List<String> csv = Files.readAllLines(site.resolve("downloads/apps.csv"));
    assertEquals(SampleCrawls.APPS.size() + 1, csv.size());
    try (XSSFWorkbook book =
        new XSSFWorkbook(Files.newInputStream(site.resolve("downloads/league-table.xlsx")))) {
      assertEquals(7, book.getNumberOfSheets());
      assertEquals(SampleCrawls.APPS.size(), book.getSheet("apps").getLastRowNum());
      assertEquals("cnapi", book.getSheet("stores").getRow(1).getCell(0).getStringCellValue());
    }
  }
}
