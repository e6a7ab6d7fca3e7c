package org.appwatch.jobs;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Spark standalone cluster on 127.0.0.1 — one master, one worker — started as child JVMs
 * from a Spark "distribution" assembled in a temp directory out of the Spark jars on the test
 * classpath (no SPARK_HOME, no download). The worker launches executors from that distribution, as
 * on a real cluster, so the application's own classes come only from the submitted jar. {@link
 * #close()} kills every child process and their descendants, also after a failure.
 */
final class StandaloneCluster implements AutoCloseable {

  /** Classpath entries that are the application's, not Spark's: the jar must bring them. */
  private static final List<String> APPLICATION =
      List.of(
          "/org/appwatch/",
          "/appwatch-",
          "/org/smali/",
          "/com/android/tools/",
          "/com/google/guava/",
          "/org/apache/lucene/",
          "/org/jsoup/",
          "/info/picocli/",
          "/org/bouncycastle/",
          "/org/junit/",
          "/org/opentest4j/",
          "/org/apiguardian/",
          "/hadoop-client-minicluster/",
          "/junit/junit/",
          "surefire");

  private final Path home;
  private final List<Process> processes = new ArrayList<>();
  private String masterUrl;

  private StandaloneCluster(Path home) {
    this.home = home;
  }

  /** Starts a master and a worker with {@code cores} cores; returns once the worker registered. */
  static StandaloneCluster start(Path dir, int cores) throws IOException, InterruptedException {
    StandaloneCluster cluster = new StandaloneCluster(dir.resolve("spark-home"));
    try {
      cluster.assemble();
      Process master =
          cluster.java(
              "master",
              "org.apache.spark.deploy.master.Master",
              "--host",
              "127.0.0.1",
              "--port",
              "0",
              "--webui-port",
              "0");
      Matcher url =
          cluster.await(master, "master", Pattern.compile("(spark://127\\.0\\.0\\.1:\\d+)"));
      cluster.masterUrl = url.group(1);
      Process worker =
          cluster.java(
              "worker",
              "org.apache.spark.deploy.worker.Worker",
              "--host",
              "127.0.0.1",
              "--port",
              "0",
              "--webui-port",
              "0",
              "--cores",
              String.valueOf(cores),
              "--memory",
              "2g",
              cluster.masterUrl);
      cluster.await(worker, "worker", Pattern.compile("Successfully registered with master"));
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  String masterUrl() {
    return masterUrl;
  }

  /**
   * Runs {@code spark-submit} (its main class; the script needs a real distribution) in client mode
   * and waits for it. Returns the exit code; the output is in {@link #log(String) log("submit")}.
   */
  int submit(Duration timeout, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit"));
    command.addAll(List.of("--master", masterUrl, "--deploy-mode", "client"));
    command.addAll(args);
    Process submit = java("submit", command.toArray(String[]::new));
    if (!submit.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      throw new IllegalStateException(
          "spark-submit did not finish in " + timeout + ":\n" + tail("submit"));
    }
    return submit.exitValue();
  }

  Path log(String name) {
    return home.resolve("logs").resolve(name + ".log");
  }

  String tail(String name) throws IOException {
    List<String> lines = Files.readAllLines(log(name));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /** The last lines of every executor's stderr, for failure messages. */
  String executorLogs() throws IOException {
    StringBuilder out = new StringBuilder();
    Path work = home.resolve("work");
    if (Files.isDirectory(work)) {
      try (var files = Files.walk(work)) {
        for (Path f : files.filter(p -> p.getFileName().toString().equals("stderr")).toList()) {
          List<String> lines = Files.readAllLines(f);
          out.append("== ").append(f).append('\n');
          out.append(
              String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
        }
      }
    }
    return out.toString();
  }

  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    for (Process p : processes) {
      try {
        p.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    // The links point into the Maven repository; remove them before the temp dir is cleaned.
    try (var links = Files.list(home.resolve("jars"))) {
      for (Path link : links.toList()) {
        Files.deleteIfExists(link);
      }
    } catch (IOException e) {
      // nothing to tidy
    }
  }

  /** {@code <home>/jars}: links to Spark's jars, as a distribution lays them out. */
  private void assemble() throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    Files.createDirectories(home.resolve("logs"));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar") && APPLICATION.stream().noneMatch(entry::contains)) {
        Path link = jars.resolve(Path.of(entry).getFileName());
        if (!Files.exists(link)) {
          Files.createSymbolicLink(link, Path.of(entry).toAbsolutePath());
        }
      }
    }
  }

  private Process java(String name, String... mainAndArgs) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx1g", "-cp", home.resolve("jars") + File.separator + "*"));
    command.addAll(List.of(mainAndArgs));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log(name).toFile());
    Map<String, String> env = builder.environment();
    env.put("SPARK_HOME", home.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_WORKER_DIR", home.resolve("work").toString());
    env.put("SPARK_LOCAL_DIRS", home.resolve("tmp").toString());
    Process process = builder.start();
    processes.add(process);
    return process;
  }

  private Matcher await(Process process, String name, Pattern pattern)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      Matcher m = pattern.matcher(Files.readString(log(name)));
      if (m.find()) {
        return m;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited:\n" + tail(name));
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException(name + " did not start in 60 s:\n" + tail(name));
  }
}
