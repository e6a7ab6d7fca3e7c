package org.appwatch.publish.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Standalone HTML pages built with jsoup's DOM, so that every piece of data enters as a text node
 * or attribute value and is escaped on output. Pages carry their style inline and load nothing:
 * they are read from a file or a static server with no network.
 */
public final class Pages {

  private static final String STYLE =
      """
      body{font-family:"Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei","PingFang SC","WenQuanYi Zen Hei",system-ui,sans-serif;
        margin:0 auto;max-width:72rem;padding:1rem 1.5rem;color:#1b1f24;line-height:1.45}
      nav a{margin-right:1rem} header{border-bottom:2px solid #264d73;margin-bottom:1rem}
      h1{font-size:1.6rem;color:#264d73} h2{font-size:1.25rem;margin-top:2rem} h3{font-size:1.05rem}
      table.data{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem;width:100%}
      table.data caption{text-align:left;font-weight:600;padding:.25rem 0}
      table.data th,table.data td{border:1px solid #c9d1d9;padding:.25rem .5rem;vertical-align:top}
      table.data th{background:#eef3f8;text-align:left} td.num{text-align:right;white-space:nowrap}
      .facts{background:#f6f8fa;border:1px solid #d0d7de;padding:.5rem 1rem;font-size:.9rem}
      .verdict-violation{color:#b3261e;font-weight:600} .verdict-likely{color:#b35c00}
      section.app{border-top:1px solid #d0d7de;margin-top:1.5rem} .tasks li{margin:.25rem 0}
      figure{margin:1rem 0} figcaption{font-weight:600} svg text{font-size:12px}
      .downloads a{margin-right:1rem} .muted{color:#57606a}
      """;

  private Pages() {}

  /** A new page: UTF-8, Chinese as the main language, a title, the inline style. */
  public static Document page(String titleZh, String titleEn) {
    Document doc = Document.createShell("");
    doc.outputSettings().charset("UTF-8").prettyPrint(true);
    doc.selectFirst("html").attr("lang", "zh-CN");
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head()
        .appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    doc.title(titleZh + " · " + titleEn);
    doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
    return doc;
  }

  /** Appends a heading in Chinese then English: {@code <hN>中文 <span lang=en>English</span>}. */
  public static Element heading(Element parent, int level, String zh, String en) {
    Element h = parent.appendElement("h" + level);
    h.appendElement("span").attr("lang", "zh-CN").text(zh);
    h.appendText(" ");
    h.appendElement("span").attr("lang", "en").text(en);
    return h;
  }

  /** Serialises the page with its doctype. */
  public static String html(Document doc) {
    return doc.outerHtml();
  }
}
