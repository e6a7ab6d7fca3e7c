package org.appwatch.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads datasets back for comparisons: as sorted JSON lines, and as docs/datasets.md lists them.
 */
public final class DatasetRows {
  private DatasetRows() {}

  /** Every row of the Parquet dataset as one JSON line (all columns), sorted. */
  public static List<String> sortedJson(SparkSession spark, Path dataset) {
    Dataset<Row> rows = spark.read().parquet(dataset.toString());
    return rows
        .select(to_json(struct(col("*"))).as("json"))
        .as(Encoders.STRING())
        .collectAsList()
        .stream()
        .sorted()
        .toList();
  }

  /**
   * The column names of a contract's table in docs/datasets.md, in order; a row may name several
   * columns in its first cell ({@code `crawl_id`, `store`}).
   */
  static List<String> documentedColumns(String contract) throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "datasets.md"));
    int start = doc.indexOf("## `" + contract + "`");
    if (start < 0) {
      throw new IllegalStateException("docs/datasets.md has no section for " + contract);
    }
    int end = doc.indexOf("\n## ", start + 1);
    String section = doc.substring(start, end < 0 ? doc.length() : end);
    List<String> columns = new ArrayList<>();
    Matcher row = Pattern.compile("(?m)^\\| ((?:`[a-z_0-9]+`(?:, )?)+) \\|").matcher(section);
    while (row.find()) {
      Matcher name = Pattern.compile("`([a-z_0-9]+)`").matcher(row.group(1));
      while (name.find()) {
        columns.add(name.group(1));
      }
    }
    return columns;
  }
}
