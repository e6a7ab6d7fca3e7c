package org.appwatch.scoring.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.appwatch.scoring.rules.RuleCatalogue;
import org.appwatch.scoring.rules.predicate.PredicateRegistry;
import org.junit.jupiter.api.Test;

class CatalogueDocsTest {

  @Test
  void theCommittedCataloguePageIsUpToDate() throws IOException {
    String expected = CatalogueDocs.render(RuleCatalogue.load(), PredicateRegistry.standard());
    String committed = Files.readString(Path.of("../docs/rules.md"), StandardCharsets.UTF_8);
    assertEquals(
        expected,
        committed,
        "docs/rules.md is stale; regenerate it with CatalogueDocs (command in the page)");
  }

  @Test
  void theCoverageTableHasARowWithRulesForEveryItem() {
    RuleCatalogue catalogue = RuleCatalogue.load();
    var rows = CoverageTable.rows(catalogue);
    assertEquals(31, rows.size());
    rows.forEach(r -> assertTrue(!r.rules().isEmpty(), r.item().id()));
    assertEquals(java.util.List.of("static-hint", "manual"), rows.get(1).kinds()); // M1.2
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CoverageTable.print(catalogue, new PrintStream(out, true, StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("M6.5   automated"), text);
    assertEquals(33, text.lines().count());
  }
}
