package org.appwatch.scoring.apk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link ApkBatch} over given APKs in a child {@code java} process with this JVM's classpath,
 * so that a figure includes everything a one-off command pays: JVM start, class loading, the SDK
 * catalogue load and an unwarmed JIT.
 */
final class FreshJvmBatch {
  private FreshJvmBatch() {}

  /** Wall time of one child process analysing {@code files} one at a time, reports dropped. */
  static long nanos(List<Path> files) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    run(files, null);
    return System.nanoTime() - t0;
  }

  /**
   * The child's reports for {@code files} as JSON Lines, one per file in order. Untimed: writing
   * JSON loads Jackson databind, which the timed run does not need.
   */
  static List<String> reports(List<Path> files) throws IOException, InterruptedException {
    Path out = Files.createTempFile("apk-bench", ".jsonl");
    try {
      run(files, out);
      return Files.readAllLines(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  private static void run(List<Path> files, Path out) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ApkBatch.class.getName());
    if (out != null) {
      command.add("--out");
      command.add(out.toString());
    }
    files.forEach(f -> command.add(f.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    // Drained as it comes, so a chatty child cannot block on a full pipe.
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    if (code != 0) {
      throw new IOException("ApkBatch child exited with " + code + ":\n" + output);
    }
  }
}
