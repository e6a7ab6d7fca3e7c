package org.appwatch.publish.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.appwatch.publish.html.FactsBlock;
import org.appwatch.publish.table.CsvTables;
import org.appwatch.publish.table.Table;
import org.appwatch.publish.table.XlsxTables;

/**
 * Writes the league-table site to a folder: the pages, and under {@code downloads/} a CSV per table
 * and one XLSX workbook with a sheet per table (plus the accuracy table). Files of an earlier run
 * are overwritten; nothing else in the folder is touched.
 */
public final class SiteWriter {

  private SiteWriter() {}

  /** Writes the site and returns the files written, pages first. */
  public static List<Path> write(LeagueTable league, Path outDir) throws IOException {
    Files.createDirectories(outDir.resolve("downloads"));
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> page : SitePages.render(league).entrySet()) {
      Path file = outDir.resolve(page.getKey());
      Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
      written.add(file);
    }
    List<Table> tables = new ArrayList<>(league.tables());
    tables.add(FactsBlock.accuracyTable(league.facts()));
    for (Table t : tables) {
      Path csv = outDir.resolve(SitePages.csv(t));
      CsvTables.write(t, csv);
      written.add(csv);
    }
    Path xlsx = outDir.resolve(SitePages.XLSX);
    XlsxTables.write(tables, xlsx);
    written.add(xlsx);
    return written;
  }
}
