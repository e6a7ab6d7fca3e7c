package org.appwatch.publish.site;

import static org.appwatch.publish.table.Table.cols;
import static org.appwatch.publish.table.Table.row;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.appwatch.model.AppKey;
import org.appwatch.publish.data.AppScore;
import org.appwatch.publish.data.CrawlSnapshot;
import org.appwatch.publish.table.Table;

/**
 * Change since the last crawl, per store: mean risk then and now, apps new and gone, apps whose
 * risk rose, and apps with a history signal ({@code changed_since_previous}).
 */
final class ChangeFigures {

  private ChangeFigures() {}

  record Change(
      String store,
      int appsBefore,
      int appsNow,
      double meanBefore,
      double meanNow,
      int newApps,
      int goneApps,
      int riskRose,
      int changeSignals) {
    double delta() {
      return GroupFigures.round(meanNow - meanBefore);
    }
  }

  static List<Change> of(CrawlSnapshot now, CrawlSnapshot before) {
    Map<AppKey, AppScore> then = byKey(before.scores());
    Map<AppKey, AppScore> current = byKey(now.scores());
    TreeSet<String> stores = new TreeSet<>(now.stores());
    stores.addAll(before.stores());
    List<Change> changes = new ArrayList<>();
    for (String store : stores) {
      List<AppScore> b = before.scores().stream().filter(s -> s.store().equals(store)).toList();
      List<AppScore> n = now.scores().stream().filter(s -> s.store().equals(store)).toList();
      changes.add(
          new Change(
              store,
              b.size(),
              n.size(),
              mean(b),
              mean(n),
              (int) n.stream().filter(s -> !then.containsKey(s.key())).count(),
              (int) b.stream().filter(s -> !current.containsKey(s.key())).count(),
              (int)
                  n.stream()
                      .filter(s -> then.containsKey(s.key()))
                      .filter(s -> s.riskScore() > then.get(s.key()).riskScore())
                      .count(),
              (int) n.stream().filter(AppScore::changedSincePrevious).count()));
    }
    return changes;
  }

  static Table table(List<Change> changes, String previousCrawl) {
    List<List<Object>> rows = new ArrayList<>();
    for (Change c : changes) {
      rows.add(
          row(
              c.store(),
              c.appsBefore(),
              c.appsNow(),
              c.meanBefore(),
              c.meanNow(),
              c.delta(),
              c.newApps(),
              c.goneApps(),
              c.riskRose(),
              c.changeSignals()));
    }
    return new Table(
        "changes",
        "自上次抓取以来的变化",
        "Change since the last crawl (" + previousCrawl + ")",
        cols(
            "应用商店",
            "Store",
            "上次应用数",
            "Apps before",
            "本次应用数",
            "Apps now",
            "上次平均风险",
            "Mean risk before",
            "本次平均风险",
            "Mean risk now",
            "变化",
            "Change",
            "新应用",
            "New apps",
            "消失的应用",
            "Apps gone",
            "风险上升",
            "Risk rose",
            "有变化信号",
            "Change signals"),
        rows);
  }

  static List<SvgBarChart.Bar> bars(List<Change> changes) {
    return changes.stream().map(c -> new SvgBarChart.Bar(c.store(), c.delta())).toList();
  }

  private static Map<AppKey, AppScore> byKey(List<AppScore> scores) {
    return scores.stream()
        .collect(Collectors.toMap(AppScore::key, Function.identity(), (a, b) -> a));
  }

  private static double mean(List<AppScore> s) {
    return GroupFigures.round(s.stream().mapToDouble(AppScore::riskScore).average().orElse(0));
  }
}
