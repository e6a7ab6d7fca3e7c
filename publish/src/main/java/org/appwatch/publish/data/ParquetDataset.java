package org.appwatch.publish.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * A Parquet dataset laid out as Spark writes it: {@code <dir>/crawl_id=<id>/store=<s>/*.parquet}.
 * Reads files with parquet-hadoop's record API, without Spark or a Hadoop file system. Entries
 * whose names start with {@code _} or {@code .} (staging partitions, {@code _SUCCESS}, checksums)
 * are ignored, as Spark's partition discovery ignores them.
 */
public final class ParquetDataset {

  private final Path dir;

  public ParquetDataset(Path dir) {
    this.dir = dir;
  }

  /** The dataset's folder. */
  public Path dir() {
    return dir;
  }

  /** True when the folder exists and holds at least one crawl partition. */
  public boolean exists() throws IOException {
    return !crawlIds().isEmpty();
  }

  /** The crawl ids present, ascending (the id form sorts by time). */
  public List<String> crawlIds() throws IOException {
    return partitions(dir, "crawl_id");
  }

  /** The stores present in one crawl, ascending. */
  public List<String> stores(String crawlId) throws IOException {
    return partitions(partitionDir(dir, "crawl_id", crawlId), "store");
  }

  /**
   * Calls {@code row} with every row of one crawl and its store, store by store, file by file.
   * Cost: reads every column of the crawl's files once.
   */
  public void read(String crawlId, BiConsumer<String, Group> row) throws IOException {
    Path crawl = partitionDir(dir, "crawl_id", crawlId);
    for (String store : stores(crawlId)) {
      for (Path file : dataFiles(partitionDir(crawl, "store", store))) {
        readFile(file, g -> row.accept(store, g));
      }
    }
  }

  private static void readFile(Path file, java.util.function.Consumer<Group> row)
      throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      PageReadStore pages;
      while ((pages = reader.readNextRowGroup()) != null) {
        RecordReader<Group> records =
            new ColumnIOFactory()
                .getColumnIO(schema)
                .getRecordReader(pages, new GroupRecordConverter(schema));
        for (long i = 0; i < pages.getRowCount(); i++) {
          row.accept(records.read());
        }
      }
    } catch (RuntimeException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> dataFiles(Path partition) throws IOException {
    try (Stream<Path> files = Files.list(partition)) {
      return files
          .filter(f -> visible(f) && f.getFileName().toString().endsWith(".parquet"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  private static List<String> partitions(Path parent, String column) throws IOException {
    if (!Files.isDirectory(parent)) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    try (Stream<Path> children = Files.list(parent)) {
      for (Path child :
          children.filter(Files::isDirectory).filter(ParquetDataset::visible).toList()) {
        String name = child.getFileName().toString();
        if (name.startsWith(column + "=")) {
          values.add(PartitionNames.unescape(name.substring(column.length() + 1)));
        }
      }
    }
    values.sort(null);
    return values;
  }

  private static Path partitionDir(Path parent, String column, String value) {
    return parent.resolve(column + "=" + PartitionNames.escape(value));
  }

  private static boolean visible(Path p) {
    String name = p.getFileName().toString();
    return !name.startsWith("_") && !name.startsWith(".");
  }
}
