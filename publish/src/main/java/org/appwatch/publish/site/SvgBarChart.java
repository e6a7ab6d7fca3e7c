package org.appwatch.publish.site;

import java.util.List;
import java.util.Locale;
import org.appwatch.publish.table.HtmlTables;
import org.jsoup.nodes.Element;

/**
 * A horizontal bar chart drawn as inline SVG, one {@code <rect class="bar">} per value, so that the
 * page needs no script and no network. Negative values (a fall in risk) extend left of a zero line.
 * Labels are text nodes, escaped like all data.
 */
public final class SvgBarChart {

  /** One bar. */
  public record Bar(String label, double value) {}

  private static final int LABEL_WIDTH = 220;
  private static final int PLOT_WIDTH = 420;
  private static final int ROW = 24;

  private SvgBarChart() {}

  /** Appends {@code <figure id="chart-ID">} with a caption and the chart (or a "no data" note). */
  public static Element append(
      Element parent, String id, String captionZh, String captionEn, List<Bar> bars) {
    Element figure = parent.appendElement("figure").addClass("chart").id("chart-" + id);
    figure.appendElement("figcaption").text(captionZh + " " + captionEn);
    if (bars.isEmpty()) {
      figure.appendElement("p").addClass("muted").text("无数据 No data");
      return figure;
    }
    double max = Math.max(0, bars.stream().mapToDouble(Bar::value).max().orElse(0));
    double min = Math.min(0, bars.stream().mapToDouble(Bar::value).min().orElse(0));
    double span = max - min == 0 ? 1 : max - min;
    double zero = LABEL_WIDTH + PLOT_WIDTH * (-min / span);
    int height = bars.size() * ROW + 8;
    Element svg =
        figure
            .appendElement("svg")
            .attr("xmlns", "http://www.w3.org/2000/svg")
            .attr("viewBox", "0 0 " + (LABEL_WIDTH + PLOT_WIDTH + 70) + " " + height)
            .attr("width", String.valueOf(LABEL_WIDTH + PLOT_WIDTH + 70))
            .attr("height", String.valueOf(height))
            .attr("role", "img")
            .attr("aria-label", captionZh + " " + captionEn);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = 4 + i * ROW;
      double w = PLOT_WIDTH * Math.abs(b.value()) / span;
      double x = b.value() < 0 ? zero - w : zero;
      Element g = svg.appendElement("g");
      g.appendElement("title").text(b.label() + ": " + HtmlTables.format(b.value()));
      text(g, LABEL_WIDTH - 6, y + 16, "end", shorten(b.label()));
      g.appendElement("rect")
          .addClass("bar")
          .attr("x", num(x))
          .attr("y", String.valueOf(y + 3))
          .attr("width", num(Math.max(w, 1)))
          .attr("height", String.valueOf(ROW - 6))
          .attr("fill", b.value() < 0 ? "#2e7d32" : "#264d73");
      text(
          g,
          b.value() < 0 ? zero + 4 : x + Math.max(w, 1) + 4,
          y + 16,
          "start",
          HtmlTables.format(b.value()));
    }
    svg.appendElement("line")
        .attr("x1", num(zero))
        .attr("x2", num(zero))
        .attr("y1", "0")
        .attr("y2", String.valueOf(height))
        .attr("stroke", "#57606a");
    return figure;
  }

  private static void text(Element g, double x, int y, String anchor, String s) {
    g.appendElement("text")
        .attr("x", num(x))
        .attr("y", String.valueOf(y))
        .attr("text-anchor", anchor)
        .text(s);
  }

  private static String shorten(String label) {
    return label.codePointCount(0, label.length()) <= 28
        ? label
        : label.substring(0, label.offsetByCodePoints(0, 27)) + "…";
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}
