package org.appwatch.publish.spotcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.appwatch.publish.html.PageFacts;
import org.appwatch.publish.table.CsvTables;
import org.appwatch.publish.table.Table;
import org.appwatch.publish.table.XlsxTables;

/**
 * Writes the spot-check list to a folder as {@code spot-checks.csv}, {@code .xlsx} and {@code
 * .html}, in the formats asked for.
 */
public final class SpotCheckWriter {

  /** The output formats. */
  public enum Format {
    CSV,
    XLSX,
    HTML
  }

  private SpotCheckWriter() {}

  /** Writes the files and returns their paths, in the order CSV, XLSX, HTML. */
  public static List<Path> write(
      List<SpotCheck> list,
      String scope,
      PageFacts facts,
      EvidenceLinks links,
      Set<Format> formats,
      Path outDir)
      throws IOException {
    Files.createDirectories(outDir);
    Table table = SpotCheckTable.of(list, links);
    List<Path> written = new ArrayList<>();
    if (formats.contains(Format.CSV)) {
      Path csv = outDir.resolve("spot-checks.csv");
      CsvTables.write(table, csv);
      written.add(csv);
    }
    if (formats.contains(Format.XLSX)) {
      Path xlsx = outDir.resolve("spot-checks.xlsx");
      XlsxTables.write(List.of(table), xlsx);
      written.add(xlsx);
    }
    if (formats.contains(Format.HTML)) {
      Path html = outDir.resolve("spot-checks.html");
      Files.writeString(
          html, SpotCheckHtml.page(list, scope, facts, links), StandardCharsets.UTF_8);
      written.add(html);
    }
    return written;
  }
}
