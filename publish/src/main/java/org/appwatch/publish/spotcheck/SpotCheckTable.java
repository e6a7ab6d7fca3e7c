package org.appwatch.publish.spotcheck;

import static org.appwatch.publish.table.Table.cols;
import static org.appwatch.publish.table.Table.row;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.appwatch.publish.data.AppScore;
import org.appwatch.publish.data.Finding;
import org.appwatch.publish.table.Table;

/**
 * The spot-check list as one flat table for CSV and XLSX: a row per finding to look at and a row
 * per inspector task, app by app in rank order. An app with neither still gets one row.
 */
public final class SpotCheckTable {

  private SpotCheckTable() {}

  /** The table named {@code spot-checks}. */
  public static Table of(List<SpotCheck> list, EvidenceLinks links) {
    List<List<Object>> rows = new ArrayList<>();
    for (SpotCheck c : list) {
      if (c.findings().isEmpty() && c.tasks().isEmpty()) {
        rows.add(app(c, "none 无", null, links));
      }
      for (Finding f : c.findings()) {
        rows.add(app(c, "finding 问题", f, links));
      }
      for (Finding f : c.tasks()) {
        rows.add(app(c, "task 检查任务", f, links));
      }
    }
    return new Table(
        "spot-checks",
        "抽查清单",
        "Spot-check list",
        cols(
            "排名",
            "Rank",
            "优先级",
            "Priority",
            "应用商店",
            "Store",
            "包名",
            "Package",
            "应用名称",
            "Title",
            "开发者",
            "Developer",
            "类别",
            "Category",
            "安装量",
            "Installs",
            "风险分",
            "Risk",
            "说明",
            "Explanation",
            "类型",
            "Type",
            "规则",
            "Rule",
            "条目",
            "Items",
            "结论",
            "Verdict",
            "严重性",
            "Severity",
            "置信度",
            "Confidence",
            "检查内容（中文）",
            "What to check (zh)",
            "检查内容（英文）",
            "What to check (en)",
            "证据摘录",
            "Evidence excerpts",
            "证据位置",
            "Evidence links"),
        rows);
  }

  private static List<Object> app(SpotCheck c, String type, Finding f, EvidenceLinks links) {
    AppScore a = c.app();
    List<Object> r =
        new ArrayList<>(
            row(
                c.rank(),
                a.priority(),
                a.store(),
                a.packageName(),
                a.title(),
                a.developer(),
                a.category(),
                a.installsMin(),
                a.riskScore(),
                a.explanation(),
                type));
    if (f == null) {
      r.addAll(row(null, null, null, null, null, null, null, null, null));
      return r;
    }
    r.addAll(
        row(
            f.ruleId(),
            String.join(" ", f.methodItems()),
            f.verdict(),
            f.severity(),
            f.confidence(),
            f.wordingZh(),
            f.wordingEn(),
            f.evidence().stream()
                .map(e -> e.kind() + ": " + e.snippet())
                .collect(Collectors.joining(" | ")),
            links.text(f.evidence())));
    return r;
  }
}
