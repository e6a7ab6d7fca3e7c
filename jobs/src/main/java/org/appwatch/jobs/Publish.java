package org.appwatch.jobs;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SaveMode;

/** Makes a finished output visible in one step. Local file systems only, for now. */
final class Publish {
  private Publish() {}

  /**
   * Writes {@code rows} as Parquet partitioned by {@code store} into {@code _staging-<name>} beside
   * {@code partition} (a {@code crawl_id=<id>} directory), then swaps it into place. A failure
   * before the swap leaves the old partition, if any, untouched. Runs the plan of {@code rows}
   * once.
   */
  static void crawlPartition(Dataset<?> rows, Path partition) throws IOException {
    Path staging = partition.resolveSibling("_staging-" + partition.getFileName());
    deleteRecursively(staging);
    rows.write().mode(SaveMode.Overwrite).partitionBy("store").parquet(staging.toString());
    replaceDirectory(staging, partition);
  }

  /**
   * Replaces {@code target} by {@code staging}: the old output is moved aside first, so a reader
   * sees either the old or the new output, and the old one is deleted only after the swap.
   */
  static void replaceDirectory(Path staging, Path target) throws IOException {
    Path retired = target.resolveSibling("_retired-" + target.getFileName());
    deleteRecursively(retired);
    if (Files.exists(target)) {
      Files.move(target, retired, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    deleteRecursively(retired);
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
