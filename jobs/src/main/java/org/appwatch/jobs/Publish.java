package org.appwatch.jobs;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Makes a finished output visible in one step. Local file systems only, for now. */
final class Publish {
  private Publish() {}

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
