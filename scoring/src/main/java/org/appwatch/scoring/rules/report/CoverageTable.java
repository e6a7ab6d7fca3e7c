package org.appwatch.scoring.rules.report;

import java.io.PrintStream;
import java.util.List;
import org.appwatch.scoring.rules.MethodItems;
import org.appwatch.scoring.rules.Rule;
import org.appwatch.scoring.rules.RuleCatalogue;

/**
 * The coverage table of the catalogue: for every Method item, the rules citing it and their kinds.
 * {@code appwatch rules} prints it ({@link #print}); {@link #main} does the same standalone.
 */
public final class CoverageTable {

  private CoverageTable() {}

  /**
   * One item's row.
   *
   * @param rules rule ids in catalogue order
   * @param kinds the distinct kinds of those rules, in order: automated, static-hint, manual
   */
  public record Row(MethodItems.Item item, List<String> rules, List<String> kinds) {}

  /** One row per Method item, in the Method's order. */
  public static List<Row> rows(RuleCatalogue catalogue) {
    return catalogue.items().all().stream()
        .map(
            item -> {
              List<Rule> rules = catalogue.rulesFor(item.id());
              List<String> kinds =
                  rules.stream().map(Rule::kind).distinct().sorted().map(k -> k.id()).toList();
              return new Row(item, rules.stream().map(Rule::id).toList(), kinds);
            })
        .toList();
  }

  /** Prints the table as aligned text. */
  public static void print(RuleCatalogue catalogue, PrintStream out) {
    out.printf("Rule catalogue %s: %d rules%n", catalogue.version(), catalogue.rules().size());
    out.printf("%-5s  %-24s  %-30s  %s%n", "item", "kinds", "rules", "the item");
    for (Row r : rows(catalogue)) {
      out.printf(
          "%-5s  %-24s  %-30s  %s%n",
          r.item().id(), String.join(", ", r.kinds()), String.join(", ", r.rules()), r.item().en());
    }
  }

  /** Prints the coverage table of the shipped catalogue. */
  public static void main(String[] args) {
    print(RuleCatalogue.load(), System.out);
  }
}
