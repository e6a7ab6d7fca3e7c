package org.appwatch.publish.spotcheck;

import java.util.List;
import org.appwatch.publish.data.AppScore;
import org.appwatch.publish.data.Finding;
import org.appwatch.publish.html.FactsBlock;
import org.appwatch.publish.html.PageFacts;
import org.appwatch.publish.html.Pages;
import org.appwatch.publish.table.HtmlTables;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The spot-check list as one standalone HTML page: per app its rank, risk and explanation, the
 * findings with evidence excerpts and links, and the manual checks as a task list.
 */
public final class SpotCheckHtml {

  private SpotCheckHtml() {}

  /** The page's HTML. */
  public static String page(
      List<SpotCheck> list, String scope, PageFacts facts, EvidenceLinks links) {
    Document doc = Pages.page("抽查清单", "Spot-check list");
    Element header = doc.body().appendElement("header");
    Pages.heading(header, 1, "抽查清单", "Spot-check list");
    header.appendElement("p").id("scope").text(scope);
    FactsBlock.crawlLine(header, facts);
    Element main = doc.body().appendElement("main");
    if (list.isEmpty()) {
      main.appendElement("p").id("empty").text("没有符合条件的应用。 No app matches.");
    }
    for (SpotCheck c : list) {
      app(main.appendElement("section").addClass("app").id("app-" + c.rank()), c, links);
    }
    FactsBlock.notes(doc.body(), facts);
    return Pages.html(doc);
  }

  private static void app(Element s, SpotCheck c, EvidenceLinks links) {
    AppScore a = c.app();
    s.appendElement("h2").text(c.rank() + ". " + a.displayName() + " (" + a.packageName() + ")");
    Element dl = s.appendElement("dl").addClass("facts");
    fact(dl, "应用商店 Store", a.store());
    fact(dl, "开发者 Developer", a.developer());
    fact(dl, "类别 Category", a.categoryOrNone());
    fact(dl, "安装量 Installs", a.installsMin() == null ? "未知 unknown" : a.installsMin() + "+");
    fact(dl, "风险分 Risk", HtmlTables.format(a.riskScore()) + " (优先级 priority " + a.priority() + ")");
    fact(dl, "说明 Explanation", a.explanation());
    Pages.heading(s, 3, "问题", "Findings");
    if (c.findings().isEmpty()) {
      s.appendElement("p").addClass("muted").text("无 None");
    } else {
      findings(s.appendElement("table").addClass("data findings"), c.findings(), links);
    }
    Pages.heading(s, 3, "检查任务", "Tasks for inspectors");
    Element ol = s.appendElement("ol").addClass("tasks");
    for (Finding t : c.tasks()) {
      Element li = ol.appendElement("li");
      li.appendElement("input").attr("type", "checkbox").attr("aria-label", t.ruleId());
      li.appendText(" " + t.ruleId() + " [" + String.join(", ", t.methodItems()) + "] ");
      li.appendElement("span").attr("lang", "zh-CN").text(nullToEmpty(t.wordingZh()));
      li.appendElement("br");
      li.appendElement("span")
          .attr("lang", "en")
          .addClass("muted")
          .text(nullToEmpty(t.wordingEn()));
    }
    if (c.tasks().isEmpty()) {
      ol.appendElement("li").addClass("muted").text("无 None");
    }
  }

  private static void findings(Element table, List<Finding> findings, EvidenceLinks links) {
    Element head = table.appendElement("thead").appendElement("tr");
    for (String h :
        List.of(
            "规则 Rule",
            "条目 Items",
            "结论 Verdict",
            "严重性 Severity",
            "检查内容 What to check",
            "证据 Evidence")) {
      head.appendElement("th").text(h);
    }
    Element body = table.appendElement("tbody");
    for (Finding f : findings) {
      Element tr = body.appendElement("tr");
      tr.appendElement("td").text(f.ruleId());
      tr.appendElement("td").text(String.join(" ", f.methodItems()));
      tr.appendElement("td").addClass("verdict-" + f.verdict()).text(f.verdict());
      tr.appendElement("td").text(nullToEmpty(f.severity()));
      Element what = tr.appendElement("td");
      what.appendElement("span").attr("lang", "zh-CN").text(nullToEmpty(f.wordingZh()));
      what.appendElement("br");
      what.appendElement("span").attr("lang", "en").text(nullToEmpty(f.wordingEn()));
      Element ev = tr.appendElement("td").appendElement("ul").addClass("evidence");
      for (Finding.Evidence e : f.evidence()) {
        Element li = ev.appendElement("li");
        li.appendElement("q").text(nullToEmpty(e.snippet()));
        li.appendText(" (" + e.kind() + ")");
        for (EvidenceLinks.Link l : links.of(e)) {
          li.appendElement("br");
          Element target =
              l.href() == null
                  ? li.appendElement("code")
                  : li.appendElement("a").attr("href", l.href());
          target.text(l.text());
        }
      }
    }
  }

  private static void fact(Element dl, String term, String value) {
    dl.appendElement("dt").text(term);
    dl.appendElement("dd").text(nullToEmpty(value));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
