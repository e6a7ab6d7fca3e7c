package org.appwatch.cli;

import java.util.List;
import org.appwatch.publish.data.MethodItem;
import org.appwatch.scoring.rules.RuleCatalogue;
import org.appwatch.scoring.rules.report.CoverageTable;

/** The shipped rule catalogue's coverage of the Method's items, as the publisher takes it. */
final class CatalogueItems {

  private CatalogueItems() {}

  static List<MethodItem> load() {
    return CoverageTable.rows(RuleCatalogue.load()).stream()
        .map(r -> new MethodItem(r.item().id(), r.item().zh(), r.item().en(), r.kinds()))
        .toList();
  }
}
