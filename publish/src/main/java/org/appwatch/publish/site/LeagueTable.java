package org.appwatch.publish.site;

import static org.appwatch.publish.table.Table.cols;
import static org.appwatch.publish.table.Table.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.appwatch.model.AppKey;
import org.appwatch.publish.data.AppScore;
import org.appwatch.publish.data.CrawlSnapshot;
import org.appwatch.publish.html.PageFacts;
import org.appwatch.publish.table.Table;

/**
 * The league table's content: its tables (apps, stores, categories, items, SDKs, change) and the
 * charts drawn from them, with the facts every page states. Built from scores only (and SDK counts
 * from findings), so it holds one row per app, never the findings.
 *
 * @param changes empty when there is no previous crawl
 */
public record LeagueTable(
    PageFacts facts,
    Table apps,
    Table stores,
    Table categories,
    Table items,
    Table sdks,
    Optional<Table> changes,
    Map<String, List<SvgBarChart.Bar>> charts) {

  /** Charts show at most this many bars (items and SDKs); the tables have every row. */
  static final int TOP = 10;

  public static LeagueTable of(
      CrawlSnapshot crawl, Optional<CrawlSnapshot> previous, SdkCounts sdks, PageFacts facts) {
    List<GroupFigures.Group> stores =
        GroupFigures.of(crawl.stores(), crawl.scores(), AppScore::store);
    List<GroupFigures.Group> categories =
        GroupFigures.of(crawl.categories(), crawl.scores(), AppScore::categoryOrNone);
    Map<String, int[]> items = itemCounts(crawl);
    Map<String, List<SvgBarChart.Bar>> charts = new java.util.LinkedHashMap<>();
    charts.put("stores", GroupFigures.bars(stores));
    charts.put("categories", GroupFigures.bars(categories));
    charts.put(
        "items",
        items.entrySet().stream()
            .filter(e -> e.getValue()[0] > 0)
            .sorted((a, b) -> b.getValue()[0] - a.getValue()[0])
            .limit(TOP)
            .map(e -> new SvgBarChart.Bar(e.getKey(), e.getValue()[0]))
            .toList());
    charts.put(
        "sdks",
        sdks.ranked().stream()
            .limit(TOP)
            .map(s -> new SvgBarChart.Bar(s.name(), s.apps()))
            .toList());
    Optional<Table> changes = Optional.empty();
    if (previous.isPresent()) {
      List<ChangeFigures.Change> c = ChangeFigures.of(crawl, previous.get());
      charts.put("changes", ChangeFigures.bars(c));
      changes = Optional.of(ChangeFigures.table(c, previous.get().crawlId()));
    }
    return new LeagueTable(
        facts,
        appsTable(crawl, previous),
        GroupFigures.table("stores", "各应用商店的风险", "Risk by store", "应用商店", "Store", stores),
        GroupFigures.table(
            "categories", "各类别的风险", "Risk by category", "类别", "Category", categories),
        itemsTable(items, facts),
        sdkTable(sdks),
        changes,
        charts);
  }

  /** Per item: apps whose roll-up is violation, likely, unknown, manual-check. */
  private static Map<String, int[]> itemCounts(CrawlSnapshot crawl) {
    List<String> order = List.of("violation", "likely", "unknown", "manual-check");
    Map<String, int[]> counts = new TreeMap<>();
    for (AppScore s : crawl.scores()) {
      for (AppScore.ItemRoll r : s.items()) {
        int at = order.indexOf(r.verdict());
        int[] c = counts.computeIfAbsent(r.item(), k -> new int[4]);
        if (at >= 0) {
          c[at]++;
        }
      }
    }
    return counts;
  }

  private static Table itemsTable(Map<String, int[]> items, PageFacts facts) {
    List<List<Object>> rows = new ArrayList<>();
    items.entrySet().stream()
        .sorted((a, b) -> b.getValue()[0] - a.getValue()[0])
        .forEach(
            e -> {
              int[] c = e.getValue();
              rows.add(row(e.getKey(), facts.describe(e.getKey()), c[0], c[1], c[2], c[3]));
            });
    return new Table(
        "items",
        "违规最多的条目",
        "Most-violated items",
        cols(
            "条目",
            "Item",
            "内容",
            "The item",
            "违规应用",
            "Apps in violation",
            "可能违规",
            "Likely",
            "证据不足",
            "Unknown",
            "需人工检查",
            "Manual check"),
        rows);
  }

  private static Table sdkTable(SdkCounts sdks) {
    List<List<Object>> rows = new ArrayList<>();
    sdks.ranked().forEach(s -> rows.add(row(s.name(), s.apps())));
    return new Table(
        "sdks", "最常见的第三方 SDK", "Most common SDKs", cols("SDK", "SDK", "应用数", "Apps"), rows);
  }

  private static Table appsTable(CrawlSnapshot crawl, Optional<CrawlSnapshot> previous) {
    Map<AppKey, AppScore> before =
        previous
            .map(
                p ->
                    p.scores().stream()
                        .collect(Collectors.toMap(AppScore::key, Function.identity(), (a, b) -> a)))
            .orElse(Map.of());
    List<List<Object>> rows = new ArrayList<>();
    for (AppScore s : crawl.scores()) {
      AppScore b = before.get(s.key());
      rows.add(
          row(
              s.priority(),
              s.store(),
              s.packageName(),
              s.title(),
              s.developer(),
              s.categoryOrNone(),
              s.installsMin(),
              s.riskScore(),
              b == null ? null : b.riskScore(),
              s.violations(),
              s.likely(),
              s.unknown(),
              s.manualChecks(),
              s.changedSincePrevious() ? "是 yes" : "否 no"));
    }
    return new Table(
        "apps",
        "应用排行",
        "Apps by risk",
        cols(
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
            "上次风险分",
            "Risk before",
            "违规条目",
            "Violations",
            "可能违规",
            "Likely",
            "证据不足",
            "Unknown",
            "需人工检查",
            "Manual checks",
            "有变化",
            "Changed"),
        rows);
  }

  /** Every table, in the order the downloads list them. */
  public List<Table> tables() {
    List<Table> all = new ArrayList<>(List.of(apps, stores, categories, items, sdks));
    changes.ifPresent(all::add);
    return all;
  }
}
