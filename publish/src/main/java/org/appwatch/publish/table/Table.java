package org.appwatch.publish.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A titled table, the one shape every output format renders: CSV, XLSX and HTML show the same rows.
 * Cells are {@link String}, {@link Number} or null (empty); strings are untrusted text and every
 * writer escapes them for its format.
 *
 * @param name a file and sheet name: lower case letters, digits and dashes
 */
public record Table(
    String name, String titleZh, String titleEn, List<Column> columns, List<List<Object>> rows) {

  public Table {
    if (!name.matches("[a-z0-9-]{1,31}")) {
      throw new IllegalArgumentException("table name must be [a-z0-9-]{1,31}: " + name);
    }
    columns = List.copyOf(columns);
    List<List<Object>> copy = new ArrayList<>();
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            name + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
      }
      copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = List.copyOf(copy);
  }

  /** A column heading in Chinese and English. */
  public record Column(String zh, String en) {
    /** {@code "风险 Risk"}: what headers show. */
    public String heading() {
      return zh + " " + en;
    }
  }

  /** The title in both languages. */
  public String title() {
    return titleZh + " " + titleEn;
  }

  /** The column headings. */
  public List<String> headings() {
    return columns.stream().map(Column::heading).toList();
  }

  /** Columns from alternating Chinese and English headings: {@code cols("排名", "Rank", …)}. */
  public static List<Column> cols(String... zhEn) {
    if (zhEn.length % 2 != 0) {
      throw new IllegalArgumentException("headings come in pairs: " + Arrays.toString(zhEn));
    }
    List<Column> c = new ArrayList<>();
    for (int i = 0; i < zhEn.length; i += 2) {
      c.add(new Column(zhEn[i], zhEn[i + 1]));
    }
    return c;
  }

  /** A row; allows null cells, which {@code List.of} does not. */
  public static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }
}
