package org.appwatch.searchnode;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner;
import org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner.Configs;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.http.HttpServerTransport;

/**
 * Runs one Elasticsearch 7.10.2 node, bound to 127.0.0.1, until it receives SIGTERM or its standard
 * input closes.
 *
 * <p>Speaks to its launcher through standard output: one line {@code READY http://127.0.0.1:PORT}
 * once the node answers HTTP, or {@code FAILED message} (and exit status 1) when it cannot start.
 * Every other line is the node's log. Data, logs and configuration live under {@code --data}; a
 * node restarted on the same directory finds its indices again.
 */
public final class SearchNodeMain {

  /** The line prefixes a launcher waits for. */
  public static final String READY = "READY ";

  public static final String FAILED = "FAILED ";

  private SearchNodeMain() {}

  public static void main(String[] args) {
    // Elasticsearch routes System.out through its logger once started; the launcher needs the raw
    // stream to see the READY line unprefixed.
    PrintStream launcher =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    SearchNodeOptions options;
    try {
      options = SearchNodeOptions.parse(args);
    } catch (IllegalArgumentException e) {
      launcher.println(FAILED + e.getMessage());
      System.exit(2);
      return;
    }
    ElasticsearchClusterRunner runner = new ElasticsearchClusterRunner();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> close(runner), "search-node-stop"));
    try {
      runner.onBuild((number, builder) -> nodeSettings(options, builder));
      runner.build(
          new Configs()
              .basePath(options.data().toString())
              .numOfNode(1)
              .clusterName("appwatch")
              .pluginTypes(SmartChineseAnalysisPlugin.class.getName()));
      runner.ensureYellow();
      int port =
          runner
              .node()
              .injector()
              .getInstance(HttpServerTransport.class)
              .boundAddress()
              .publishAddress()
              .getPort();
      launcher.println(READY + "http://127.0.0.1:" + port);
    } catch (RuntimeException e) {
      e.printStackTrace();
      launcher.println(FAILED + e + (e.getCause() == null ? "" : " caused by " + e.getCause()));
      System.exit(1);
    }
    if (options.watchStdin()) {
      exitWhenClosed(System.in);
    }
  }

  private static void nodeSettings(SearchNodeOptions options, Settings.Builder builder) {
    builder.put("network.host", "127.0.0.1");
    builder.put("http.port", options.port());
    builder.put("discovery.type", "single-node");
    // A nearly full disk in CI or on a laptop must not turn the indices read-only.
    builder.put("cluster.routing.allocation.disk.threshold_enabled", false);
    builder.put("action.auto_create_index", false);
    for (Map.Entry<String, String> setting : options.settings().entrySet()) {
      builder.put(setting.getKey(), setting.getValue());
    }
  }

  /** Blocks until {@code in} reaches end of stream (the launcher exited), then exits. */
  private static void exitWhenClosed(InputStream in) {
    try {
      while (in.read() >= 0) {
        // Input carries no commands; only its end matters.
      }
    } catch (IOException e) {
      // A broken pipe means the launcher is gone, the same as end of stream.
    }
    System.exit(0);
  }

  private static void close(ElasticsearchClusterRunner runner) {
    try {
      if (!runner.isClosed()) {
        runner.close();
        runner.node().awaitClose(10, TimeUnit.SECONDS);
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("search node did not close cleanly: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
