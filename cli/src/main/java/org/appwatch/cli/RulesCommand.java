package org.appwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.appwatch.scoring.rules.RuleCatalogue;
import org.appwatch.scoring.rules.report.CoverageTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code appwatch rules}: the rule catalogue's coverage of the Method's 31 items. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the rule catalogue's coverage of the 2019 Method's 31 items (M1.1 … M6.5):",
      "for every item, the rules that cite it and whether each is automated, a static hint or",
      "a manual check."
    })
final class RulesCommand implements Callable<Integer> {

  @Option(
      names = "--catalogue",
      paramLabel = "DIR",
      description = "A folder of rule files to check and print instead of the built-in catalogue.")
  Path folder;

  @Override
  public Integer call() {
    RuleCatalogue catalogue = folder == null ? RuleCatalogue.load() : RuleCatalogue.load(folder);
    CoverageTable.print(catalogue, System.out);
    return 0;
  }
}
