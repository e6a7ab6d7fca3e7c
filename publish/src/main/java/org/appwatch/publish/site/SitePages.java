package org.appwatch.publish.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appwatch.publish.html.FactsBlock;
import org.appwatch.publish.html.Pages;
import org.appwatch.publish.table.HtmlTables;
import org.appwatch.publish.table.Table;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The league table's pages: {@code index.html} (the charts), {@code apps.html} (every app) and
 * {@code tables.html} (stores, categories, items, SDKs, change). Each states the crawls, the
 * catalogue version, what static analysis cannot decide and the measured accuracy per item.
 */
final class SitePages {

  static final String XLSX = "downloads/league-table.xlsx";

  private SitePages() {}

  /** File name → HTML. */
  static Map<String, String> render(LeagueTable league) {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("index.html", index(league));
    pages.put("apps.html", tablesPage(league, "应用排行", "Apps by risk", List.of(league.apps())));
    List<Table> rest = new java.util.ArrayList<>(league.tables());
    rest.remove(league.apps());
    pages.put("tables.html", tablesPage(league, "统计表", "Tables", rest));
    return pages;
  }

  private static String index(LeagueTable league) {
    Document doc = Pages.page("应用个人信息合规排行", "App privacy league table");
    Element main = frame(doc, league, "应用个人信息合规排行", "App privacy league table");
    Map<String, List<SvgBarChart.Bar>> c = league.charts();
    Pages.heading(main, 2, "各应用商店的风险", "Risk by store");
    SvgBarChart.append(main, "stores", "平均风险分", "Mean risk score", c.get("stores"));
    Pages.heading(main, 2, "各类别的风险", "Risk by category");
    SvgBarChart.append(main, "categories", "平均风险分", "Mean risk score", c.get("categories"));
    Pages.heading(main, 2, "违规最多的条目", "Most-violated items");
    SvgBarChart.append(main, "items", "存在违规的应用数", "Apps in violation", c.get("items"));
    Pages.heading(main, 2, "最常见的第三方 SDK", "Most common SDKs");
    SvgBarChart.append(main, "sdks", "嵌入该 SDK 的应用数", "Apps embedding the SDK", c.get("sdks"));
    Pages.heading(main, 2, "自上次抓取以来的变化", "Change since the last crawl");
    if (c.containsKey("changes")) {
      SvgBarChart.append(
          main, "changes", "各应用商店平均风险分的变化", "Change of mean risk per store", c.get("changes"));
    } else {
      main.appendElement("p")
          .id("no-previous")
          .text("这是第一次抓取，没有可比较的数据。 This is the first crawl: nothing to compare with.");
    }
    downloads(main, league);
    FactsBlock.notes(doc.body(), league.facts());
    return Pages.html(doc);
  }

  private static String tablesPage(LeagueTable league, String zh, String en, List<Table> tables) {
    Document doc = Pages.page(zh, en);
    Element main = frame(doc, league, zh, en);
    for (Table t : tables) {
      Pages.heading(main, 2, t.titleZh(), t.titleEn());
      HtmlTables.append(main, t);
    }
    downloads(main, league);
    FactsBlock.notes(doc.body(), league.facts());
    return Pages.html(doc);
  }

  private static Element frame(Document doc, LeagueTable league, String zh, String en) {
    Element header = doc.body().appendElement("header");
    Pages.heading(header, 1, zh, en);
    Element nav = header.appendElement("nav");
    nav.appendElement("a").attr("href", "index.html").text("图表 Charts");
    nav.appendElement("a").attr("href", "apps.html").text("应用 Apps");
    nav.appendElement("a").attr("href", "tables.html").text("统计表 Tables");
    FactsBlock.crawlLine(header, league.facts());
    return doc.body().appendElement("main");
  }

  private static void downloads(Element main, LeagueTable league) {
    Pages.heading(main, 2, "下载", "Downloads");
    Element p = main.appendElement("p").addClass("downloads").id("downloads");
    p.appendElement("a").attr("href", XLSX).text("Excel (XLSX)");
    for (Table t : league.tables()) {
      p.appendElement("a").attr("href", csv(t)).text(t.titleZh() + " CSV");
    }
  }

  static String csv(Table t) {
    return "downloads/" + t.name() + ".csv";
  }
}
