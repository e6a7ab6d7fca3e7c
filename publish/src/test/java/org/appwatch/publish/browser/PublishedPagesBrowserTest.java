package org.appwatch.publish.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.appwatch.publish.Publisher;
import org.appwatch.publish.data.SampleCrawls;
import org.appwatch.publish.spotcheck.SpotCheckQuery;
import org.appwatch.publish.spotcheck.SpotCheckWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Opens the published pages in headless Chromium and checks what a reader sees. */
class PublishedPagesBrowserTest {

  @TempDir static Path work;
  @TempDir static Path profile;
  static Path site;
  static ChromeDriver browser;

  @BeforeAll
  static void publishAndOpenBrowser() throws Exception {
    browser = HeadlessChromium.start(profile);
    SampleCrawls.write(work);
    Publisher publisher = new Publisher(work, SampleCrawls.methodItems());
    site = work.resolve("site");
    publisher.publish(null, site);
    publisher.spotChecks(
        null, new SpotCheckQuery(3, null, null), EnumSet.of(SpotCheckWriter.Format.HTML), site);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private static void open(String page) {
    browser.get(site.resolve(page).toUri().toString());
  }

  @Test
  void theChartsPageShowsBilingualHeadingsAndSvgBars() throws Exception {
    open("index.html");
    assertEquals("应用个人信息合规排行 App privacy league table", text("h1"));
    List<String> h2 =
        browser.findElements(By.cssSelector("main h2")).stream().map(WebElement::getText).toList();
    assertTrue(
        h2.containsAll(
            List.of(
                "各应用商店的风险 Risk by store",
                "各类别的风险 Risk by category",
                "违规最多的条目 Most-violated items",
                "最常见的第三方 SDK Most common SDKs",
                "自上次抓取以来的变化 Change since the last crawl")),
        h2.toString());
    assertEquals(4, bars("stores").size());
    assertEquals(6, bars("categories").size());
    assertEquals(3, bars("items").size());
    assertEquals(2, bars("sdks").size());
    assertEquals(4, bars("changes").size());
    for (WebElement bar : bars("stores")) {
      assertTrue(bar.getRect().getHeight() > 10, "a bar is drawn");
    }
    // the busiest store is drawn longest
    assertTrue(
        bars("stores").get(0).getRect().getWidth() > bars("stores").get(3).getRect().getWidth());
    assertTrue(
        text("#crawl-facts").contains("规则目录版本 Rule catalogue version: " + SampleCrawls.CATALOGUE));
    assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
    Path shot = Path.of("target/screenshots");
    Files.createDirectories(shot);
    Files.write(shot.resolve("index.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void theAppsPageShowsHostileTitlesAsText() {
    open("apps.html");
    List<WebElement> rows = browser.findElements(By.cssSelector("#table-apps tbody tr"));
    assertEquals(SampleCrawls.APPS.size(), rows.size());
    assertEquals("微信读书助手", rows.get(0).findElements(By.tagName("td")).get(3).getText());
    assertTrue(browser.findElement(By.id("table-apps")).getText().contains(SampleCrawls.HOSTILE));
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no script ran");
    assertTrue(browser.findElements(By.cssSelector("#undecidable li")).size() == 3);
    assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
  }

  @Test
  void theSpotCheckPageListsFindingsAndTasks() throws Exception {
    open("spot-checks.html");
    assertEquals(3, browser.findElements(By.cssSelector("section.app")).size());
    assertTrue(text("#app-1 h2").startsWith("1. 微信读书助手"));
    assertEquals(2, browser.findElements(By.cssSelector("#app-1 ol.tasks li")).size());
    assertTrue(text("#app-1 table.findings").contains("我们会与第三方共享您的信息。"));
    assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
    assertEquals(List.of(), HeadlessChromium.consoleErrors(browser));
    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(
        Path.of("target/screenshots/spot-checks.png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  private static String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private static List<WebElement> bars(String chart) {
    return browser.findElements(By.cssSelector("#chart-" + chart + " svg rect.bar"));
  }
}
