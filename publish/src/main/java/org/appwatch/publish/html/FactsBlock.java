package org.appwatch.publish.html;

import static org.appwatch.publish.table.Table.cols;
import static org.appwatch.publish.table.Table.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appwatch.publish.data.MethodItem;
import org.appwatch.publish.data.VerdictAccuracy;
import org.appwatch.publish.table.HtmlTables;
import org.appwatch.publish.table.Table;
import org.jsoup.nodes.Element;

/** Renders {@link PageFacts}: the crawl line at the top of a page and the notes at its foot. */
public final class FactsBlock {

  private FactsBlock() {}

  /** The crawl dates and catalogue version, as a paragraph of class {@code facts}. */
  public static Element crawlLine(Element parent, PageFacts f) {
    Element p = parent.appendElement("p").addClass("facts").id("crawl-facts");
    p.appendText("本次抓取 This crawl: " + f.crawlId() + " (" + date(f) + ")");
    p.appendElement("br");
    p.appendText(
        "上次抓取 Previous crawl: "
            + (f.previousCrawlId() == null
                ? "无 none"
                : f.previousCrawlId() + " (" + f.previousCrawlDate() + ")"));
    p.appendElement("br");
    p.appendText("规则目录版本 Rule catalogue version: " + f.catalogueVersion());
    return p;
  }

  /** What static analysis cannot decide, and the measured accuracy per item. */
  public static Element notes(Element parent, PageFacts f) {
    Element aside = parent.appendElement("aside").id("reader-notes");
    Pages.heading(aside, 2, "静态分析无法判定的内容", "What static analysis cannot decide");
    aside
        .appendElement("p")
        .text(
            "以下条目没有自动判定规则：需要检查人员在设备上运行应用或查阅记录。"
                + " No automated rule decides these items: an inspector must run the app on a"
                + " device or examine records. Static hints only raise an app's priority.");
    Element ul = aside.appendElement("ul").id("undecidable");
    for (MethodItem i : f.undecidable()) {
      ul.appendElement("li")
          .text(i.id() + " " + i.zh() + " / " + i.en() + " (" + i.howDecided() + ")");
    }
    Pages.heading(aside, 2, "各条目的实测准确率", "Measured accuracy per item");
    aside.appendElement("p").text(corpus(f));
    HtmlTables.append(aside, accuracyTable(f));
    return aside;
  }

  /** One row per Method item: precision and recall, or "not measured". */
  public static Table accuracyTable(PageFacts f) {
    Map<String, VerdictAccuracy.ItemAccuracy> measured =
        f.accuracy().map(VerdictAccuracy::byItem).orElse(Map.of());
    List<List<Object>> rows = new ArrayList<>();
    for (MethodItem i : f.items()) {
      VerdictAccuracy.ItemAccuracy a = measured.get(i.id());
      if (a == null) {
        rows.add(row(i.id(), i.zh() + " / " + i.en(), "未测量 not measured", null, null, null, null));
      } else {
        rows.add(
            row(
                i.id(),
                i.zh() + " / " + i.en(),
                percent(a.precision()),
                percent(a.recall()),
                a.tp(),
                a.fp(),
                a.fn()));
      }
    }
    return new Table(
        "accuracy",
        "各条目的实测准确率",
        "Measured accuracy per item",
        cols(
            "条目",
            "Item",
            "内容",
            "The item",
            "精确率",
            "Precision",
            "召回率",
            "Recall",
            "真阳性",
            "TP",
            "假阳性",
            "FP",
            "假阴性",
            "FN"),
        rows);
  }

  private static String corpus(PageFacts f) {
    return f.accuracy()
        .map(
            a -> {
              if (a.corpus() == null) {
                return "在已知真值的语料上测量。 Measured on a corpus whose truth is known.";
              }
              String how = a.corpus().measuredOn() == null ? "" : ": " + a.corpus().measuredOn();
              return "在已知真值的语料上测量（"
                  + a.corpus().apps()
                  + " 个应用，种子 "
                  + a.corpus().seed()
                  + "）。 Measured on a corpus of "
                  + a.corpus().apps()
                  + " apps whose truth is known (seed "
                  + a.corpus().seed()
                  + ")"
                  + how
                  + ".";
            })
        .orElse("准确率尚未测量。 Accuracy has not been measured yet.");
  }

  private static String percent(Double d) {
    return d == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f%%", d * 100);
  }

  private static String date(PageFacts f) {
    return f.crawlDate() == null ? "date unknown" : f.crawlDate().toString();
  }
}
