package org.appwatch.search.node;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Elasticsearch 7.10.2 node running as a child process ({@code
 * org.appwatch.searchnode.SearchNodeMain}), with its data under a directory of the caller's
 * choosing. Starting costs 5–15 s and about 350 MB of memory (heap capped at 1 GB).
 *
 * <p>The node cannot outlive this JVM: {@link #close()} stops it (SIGTERM, then a kill after a
 * grace period), a shutdown hook does the same if the JVM exits first, and the node exits by itself
 * when its standard input, held open by this JVM, closes, which covers a killed JVM too. Its output
 * goes to {@code node.log} in the data directory.
 */
public final class EmbeddedSearchNode implements AutoCloseable {

  private static final String MAIN = "org.appwatch.searchnode.SearchNodeMain";
  private static final Duration GRACE = Duration.ofSeconds(15);
  private static final int TAIL_LINES = 30;

  private final Process process;
  private final URI url;
  private final Path log;
  private final Thread hook;

  private EmbeddedSearchNode(Process process, URI url, Path log) {
    this.process = process;
    this.url = url;
    this.log = log;
    this.hook = new Thread(this::stop, "search-node-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /**
   * Starts a node on a free port and waits until it answers.
   *
   * @param dataDir its data, logs and configuration; created if absent, reused if present
   * @param timeout how long to wait for the node to be ready
   * @throws IllegalStateException if the node jars are missing, or the node failed or timed out
   *     (the message holds the end of its log); the process is stopped in every failure
   */
  public static EmbeddedSearchNode start(Path dataDir, Duration timeout) {
    try {
      Files.createDirectories(dataDir);
      Path log = dataDir.resolve("node.log");
      Process process =
          new ProcessBuilder(command(SearchNodeClasspath.resolve(), dataDir.toAbsolutePath()))
              .redirectErrorStream(true)
              .start();
      CompletableFuture<String> ready = new CompletableFuture<>();
      Deque<String> tail = new ArrayDeque<>();
      Thread pump = new Thread(() -> pump(process, log, ready, tail), "search-node-log");
      pump.setDaemon(true);
      pump.start();
      try {
        String line = ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return new EmbeddedSearchNode(process, URI.create(line.substring("READY ".length())), log);
      } catch (TimeoutException | ExecutionException | RuntimeException e) {
        process.destroyForcibly();
        String why = e instanceof TimeoutException ? "not ready after " + timeout : e.getMessage();
        throw new IllegalStateException(
            "search node did not start (" + why + "); log " + log + " ends:\n" + tail(tail), e);
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the search node started", e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the search node in " + dataDir, e);
    }
  }

  private static List<String> command(String classpath, Path dataDir) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return List.of(
        java.toString(),
        "-Xms256m",
        "-Xmx1g",
        "-Dfile.encoding=UTF-8",
        "-Dlog4j2.disable.jmx=true",
        "-cp",
        classpath,
        MAIN,
        "--data",
        dataDir.toString(),
        "--port",
        "0");
  }

  /** Copies the node's output to its log, completing {@code ready} on the READY/FAILED line. */
  private static void pump(
      Process process, Path log, CompletableFuture<String> ready, Deque<String> tail) {
    try (BufferedReader in =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        out.write(line);
        out.write('\n');
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
          }
        }
        if (line.startsWith("READY ")) {
          ready.complete(line);
          out.flush();
        } else if (line.startsWith("FAILED ")) {
          ready.completeExceptionally(new IllegalStateException(line));
        }
      }
    } catch (IOException e) {
      ready.completeExceptionally(e);
    }
    ready.completeExceptionally(new IllegalStateException("the node exited"));
  }

  private static String tail(Deque<String> tail) {
    synchronized (tail) {
      return String.join("\n", tail);
    }
  }

  /**
   * Whether a node has run over {@code dataDir} and kept data there (the layout of the cluster
   * runner the node is built on: {@code node_1/data/nodes}), without starting one.
   */
  public static boolean hasData(Path dataDir) {
    return Files.isDirectory(dataDir.resolve("node_1").resolve("data").resolve("nodes"));
  }

  /** The node's HTTP address, {@code http://127.0.0.1:PORT}. */
  public URI url() {
    return url;
  }

  /** The node's process id, for diagnostics. */
  public long pid() {
    return process.pid();
  }

  /** Where the node's output goes. */
  public Path log() {
    return log;
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  /** Stops the node and waits for it to exit; idempotent. */
  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down and runs the hook itself.
    }
  }

  private void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
