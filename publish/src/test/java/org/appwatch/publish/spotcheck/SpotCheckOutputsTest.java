package org.appwatch.publish.spotcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.appwatch.publish.Publisher;
import org.appwatch.publish.data.SampleCrawls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpotCheckOutputsTest {

  @TempDir static Path work;
  static Publisher publisher;

  @BeforeAll
  static void crawls() throws Exception {
    SampleCrawls.write(work);
    publisher = new Publisher(work, SampleCrawls.methodItems());
  }

  private static Publisher.Result write(Path out, int top, String store, String category)
      throws Exception {
    return publisher.spotChecks(
        null,
        new SpotCheckQuery(top, store, category),
        EnumSet.allOf(SpotCheckWriter.Format.class),
        out);
  }

  @Test
  void csvHasABomAndReadsBackRowPerFindingAndTask(@TempDir Path out) throws Exception {
    assertEquals(3, write(out, 3, null, null).apps());
    byte[] bytes = Files.readAllBytes(out.resolve("spot-checks.csv"));
    assertEquals(
        List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
    List<CSVRecord> rows;
    try (Reader r =
        Files.newBufferedReader(out.resolve("spot-checks.csv"), StandardCharsets.UTF_8)) {
      r.skip(1);
      rows =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(r)
              .getRecords();
    }
    // the first app: two findings in violation, one likely, two manual tasks
    List<CSVRecord> first = rows.stream().filter(x -> x.get("排名 Rank").equals("1")).toList();
    assertEquals(5, first.size());
    assertEquals("微信读书助手", first.get(0).get("应用名称 Title"));
    assertEquals("AW-001", first.get(0).get("规则 Rule"), "heaviest first: critical violation");
    assertEquals(2, first.stream().filter(x -> x.get("类型 Type").startsWith("task")).count());
    CSVRecord hostile =
        rows.stream()
            .filter(x -> x.get("包名 Package").equals("com.evil.app"))
            .findFirst()
            .orElseThrow();
    assertEquals(SampleCrawls.HOSTILE, hostile.get("应用名称 Title"));
    CSVRecord sdk =
        first.stream().filter(x -> x.get("规则 Rule").equals("AW-012")).findFirst().orElseThrow();
    assertTrue(sdk.get("证据摘录 Evidence excerpts").contains("我们会与第三方共享您的信息。"));
    assertTrue(
        sdk.get("证据位置 Evidence links")
            .contains("https://example.cn/privacy (sentence at character 120)"));
    assertTrue(
        sdk.get("证据位置 Evidence links").contains("WARC record <urn:uuid:0000-com.example.reader>"));
    assertTrue(sdk.get("证据位置 Evidence links").contains(".apk (byte 2048) <file:"));
  }

  @Test
  void xlsxOpensWithTheSameRows(@TempDir Path out) throws Exception {
    write(out, 10, "web", null);
    try (XSSFWorkbook book =
        new XSSFWorkbook(Files.newInputStream(out.resolve("spot-checks.xlsx")))) {
      Sheet sheet = book.getSheet("spot-checks");
      assertEquals("风险分 Risk", sheet.getRow(0).getCell(8).getStringCellValue());
      assertEquals(SampleCrawls.HOSTILE, sheet.getRow(1).getCell(4).getStringCellValue());
      assertEquals(12.0, sheet.getRow(1).getCell(8).getNumericCellValue());
      long apps = 0;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        assertEquals("web", sheet.getRow(r).getCell(2).getStringCellValue());
        apps = Math.max(apps, (long) sheet.getRow(r).getCell(0).getNumericCellValue());
      }
      assertEquals(2, apps);
    }
  }

  @Test
  void htmlShowsTheHostileTitleAsTextAndListsTasks(@TempDir Path out) throws Exception {
    write(out, 6, null, null);
    String html = Files.readString(out.resolve("spot-checks.html"));
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script").isEmpty(), "no script element came from the data");
    assertTrue(doc.select("b").isEmpty(), "the category's markup is text");
    assertTrue(
        doc.select("section.app h2").eachText().stream()
            .anyMatch(t -> t.contains(SampleCrawls.HOSTILE)));
    assertEquals(6, doc.select("section.app").size());
    assertEquals(2, doc.select("#app-1 ol.tasks li").size());
    assertTrue(doc.select("#app-1 ol.tasks").text().contains("AW-041"));
    assertTrue(doc.select("#app-1 a[href^=file:]").size() > 0, "links to the stored APK");
    assertTrue(doc.text().contains("规则目录版本 Rule catalogue version: " + SampleCrawls.CATALOGUE));
    assertTrue(
        doc.select("#undecidable li").eachText().stream().anyMatch(t -> t.startsWith("M5.2")));
  }

  @Test
  void filtersAndUsageErrors(@TempDir Path out) throws Exception {
    assertEquals(0, write(out, 5, "empty", null).apps());
    assertTrue(Files.readString(out.resolve("spot-checks.html")).contains("No app matches"));
    assertEquals(1, write(out, 5, null, "阅读").apps());
    IllegalArgumentException store =
        assertThrows(IllegalArgumentException.class, () -> write(out, 5, "appstore", null));
    assertTrue(
        store.getMessage().contains("known stores: cnapi, empty, fdroid, web"), store.getMessage());
    IllegalArgumentException category =
        assertThrows(IllegalArgumentException.class, () -> write(out, 5, null, "Games"));
    assertTrue(category.getMessage().contains("阅读"), category.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SpotCheckQuery(0, null, null));
  }
}
