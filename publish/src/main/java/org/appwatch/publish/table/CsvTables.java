package org.appwatch.publish.table;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Table} as RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel opens
 * Chinese text correctly. A text cell starting with {@code = + - @} or a tab gets a leading
 * apostrophe (OWASP's defence against formula injection: app names are hostile input).
 */
public final class CsvTables {

  private CsvTables() {}

  /** Writes {@code table} to {@code file}, replacing it. */
  public static void write(Table table, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = CSVFormat.RFC4180.print(out)) {
      out.write('\uFEFF');
      csv.printRecord(table.headings());
      for (List<Object> row : table.rows()) {
        List<Object> cells = new ArrayList<>(row.size());
        for (Object cell : row) {
          cells.add(cell instanceof String s ? defuse(s) : cell);
        }
        csv.printRecord(cells);
      }
    }
  }

  static String defuse(String s) {
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
