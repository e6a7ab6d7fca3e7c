package org.appwatch.publish.table;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Appends a {@link Table} to a jsoup element as an HTML table. Cell text goes through jsoup's text
 * nodes, so markup in app names is shown, never run.
 */
public final class HtmlTables {

  private HtmlTables() {}

  /** Appends {@code <table class="data" id="table-NAME">} with a caption, head and body. */
  public static Element append(Element parent, Table table) {
    Element t = parent.appendElement("table").addClass("data").id("table-" + table.name());
    t.appendElement("caption").text(table.title());
    Element head = t.appendElement("thead").appendElement("tr");
    for (Table.Column c : table.columns()) {
      Element th = head.appendElement("th").attr("scope", "col");
      th.appendElement("span").attr("lang", "zh-CN").text(c.zh());
      th.appendText(" ");
      th.appendElement("span").attr("lang", "en").text(c.en());
    }
    Element body = t.appendElement("tbody");
    for (List<Object> row : table.rows()) {
      Element tr = body.appendElement("tr");
      for (Object cell : row) {
        Element td = tr.appendElement("td");
        if (cell instanceof Number n) {
          td.addClass("num").text(format(n));
        } else if (cell != null) {
          td.text(cell.toString());
        }
      }
    }
    return t;
  }

  /** Whole numbers without a fraction, others with up to two decimals. */
  public static String format(Number n) {
    double d = n.doubleValue();
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return String.format(java.util.Locale.ROOT, "%.2f", d);
  }
}
