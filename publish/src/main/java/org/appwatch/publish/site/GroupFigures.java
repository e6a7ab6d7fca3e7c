package org.appwatch.publish.site;

import static org.appwatch.publish.table.Table.cols;
import static org.appwatch.publish.table.Table.row;

import java.util.ArrayList;
import java.util.Collection;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.appwatch.publish.data.AppScore;
import org.appwatch.publish.table.Table;

/**
 * Risk per group of apps (a store, a category): apps, mean and highest risk, apps with at least one
 * item in violation. Groups with no app (an empty store) are kept, with zeros.
 */
final class GroupFigures {

  private GroupFigures() {}

  /** One group's figures. */
  record Group(String name, int apps, double meanRisk, double maxRisk, int appsInViolation) {}

  static List<Group> of(
      Collection<String> names, List<AppScore> scores, Function<AppScore, String> groupOf) {
    Map<String, List<AppScore>> by = new LinkedHashMap<>();
    names.forEach(n -> by.put(n, new ArrayList<>()));
    scores.forEach(s -> by.computeIfAbsent(groupOf.apply(s), k -> new ArrayList<>()).add(s));
    List<Group> groups = new ArrayList<>();
    by.forEach(
        (name, apps) -> {
          DoubleSummaryStatistics risk =
              apps.stream().mapToDouble(AppScore::riskScore).summaryStatistics();
          groups.add(
              new Group(
                  name,
                  apps.size(),
                  apps.isEmpty() ? 0 : round(risk.getAverage()),
                  apps.isEmpty() ? 0 : risk.getMax(),
                  (int) apps.stream().filter(a -> a.violations() > 0).count()));
        });
    groups.sort(
        java.util.Comparator.comparingDouble(Group::meanRisk)
            .reversed()
            .thenComparing(Group::name));
    return groups;
  }

  static Table table(
      String name, String zh, String en, String groupZh, String groupEn, List<Group> groups) {
    List<List<Object>> rows = new ArrayList<>();
    for (Group g : groups) {
      rows.add(row(g.name(), g.apps(), g.meanRisk(), g.maxRisk(), g.appsInViolation()));
    }
    return new Table(
        name,
        zh,
        en,
        cols(
            groupZh,
            groupEn,
            "应用数",
            "Apps",
            "平均风险",
            "Mean risk",
            "最高风险",
            "Highest risk",
            "存在违规的应用",
            "Apps with a violation"),
        rows);
  }

  static List<SvgBarChart.Bar> bars(List<Group> groups) {
    return groups.stream().map(g -> new SvgBarChart.Bar(g.name(), g.meanRisk())).toList();
  }

  static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
