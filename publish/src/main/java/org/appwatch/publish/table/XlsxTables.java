package org.appwatch.publish.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@link Table}s as one XLSX workbook, a sheet per table named after it, with a bold, frozen
 * header row. Numbers stay numbers; text is always a string cell, never a formula.
 */
public final class XlsxTables {

  private static final int MAX_CELL = 32_767; // Excel's limit for a cell's text
  private static final int MAX_WIDTH_CHARS = 60;

  private XlsxTables() {}

  /** Writes the tables to {@code file}, replacing it. */
  public static void write(List<Table> tables, Path file) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      for (Table table : tables) {
        sheet(book.createSheet(table.name()), table, bold);
      }
      book.write(out);
    }
  }

  private static void sheet(Sheet sheet, Table table, CellStyle bold) {
    int[] widths = new int[table.columns().size()];
    Row header = sheet.createRow(0);
    for (int c = 0; c < widths.length; c++) {
      String heading = table.headings().get(c);
      Cell cell = header.createCell(c);
      cell.setCellValue(heading);
      cell.setCellStyle(bold);
      widths[c] = displayWidth(heading);
    }
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<Object> cells = table.rows().get(r);
      for (int c = 0; c < cells.size(); c++) {
        Object v = cells.get(c);
        if (v instanceof Number n) {
          row.createCell(c).setCellValue(n.doubleValue());
        } else if (v != null) {
          String s = v.toString();
          row.createCell(c).setCellValue(s.length() > MAX_CELL ? s.substring(0, MAX_CELL) : s);
        }
        widths[c] = Math.max(widths[c], v == null ? 0 : displayWidth(v.toString()));
      }
    }
    // autoSizeColumn needs AWT fonts; an estimate is enough and works headless
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, Math.min(widths[c] + 2, MAX_WIDTH_CHARS) * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  /** CJK characters are about twice as wide as Latin ones. */
  private static int displayWidth(String s) {
    return s.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum();
  }
}
