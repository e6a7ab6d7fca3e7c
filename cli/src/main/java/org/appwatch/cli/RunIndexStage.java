package org.appwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.appwatch.model.Settings;
import org.appwatch.model.SettingsException;
import org.appwatch.search.client.SearchConnection;
import org.appwatch.search.index.IndexLoadException;
import org.appwatch.search.load.CrawlDocuments;
import org.appwatch.search.load.CrawlIndexer;

/**
 * The index stage of {@code appwatch run}. The connection (for the embedded node, a 5–15 s start)
 * is opened in the background as soon as the run begins, so that it overlaps the crawl; closing
 * stops the node whether or not the stage ran. Disabled by {@code search.enabled: false}.
 */
final class RunIndexStage implements AutoCloseable {

  private final Settings settings;
  private final boolean enabled;
  private CompletableFuture<SearchConnection> connection;
  private String where;

  private RunIndexStage(Settings settings, boolean enabled) {
    this.settings = settings;
    this.enabled = enabled;
  }

  /**
   * The stage as the settings say; nothing starts yet.
   *
   * @throws SettingsException if {@code search.enabled} is neither true nor false
   */
  static RunIndexStage of(Settings settings) {
    String enabled = settings.get("search.enabled").trim();
    if (!enabled.equals("true") && !enabled.equals("false")) {
      throw new SettingsException(
          "setting 'search.enabled' is '" + enabled + "', expected true or false");
    }
    return new RunIndexStage(settings, enabled.equals("true"));
  }

  /** Starts connecting in the background, when enabled; idempotent. */
  void begin() {
    if (enabled && connection == null) {
      connection =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return SearchConnection.open(settings, System.getenv());
                } catch (IOException e) {
                  throw new CompletionException(e);
                }
              });
    }
  }

  /** The stage's title. */
  String what() {
    if (!enabled) {
      return "index for search: skipped (--no-index or search.enabled: false)";
    }
    return "index for search ("
        + (SearchConnection.usesCluster(settings)
            ? settings.get("search.url")
            : "embedded node in " + SearchConnection.nodeDir(settings))
        + ")";
  }

  /**
   * Loads the crawl's datasets into the indices; returns the stage's one-line result.
   *
   * @throws IOException if the node did not start, the cluster is unreachable or a load failed
   */
  String load(String crawlId) throws Exception {
    if (!enabled) {
      return "not indexed";
    }
    begin();
    SearchConnection search = connected();
    Path workDir = settings.getPath("work.dir").toAbsolutePath();
    CrawlDocuments documents = CrawlDocuments.read(workDir, crawlId);
    try {
      CrawlIndexer.Result r =
          IndexCommand.load(search, documents, new PrintWriter(System.out, true));
      where = search.where();
      return r.loads().get(0).count()
          + " apps, "
          + r.loads().get(1).count()
          + " findings, "
          + r.loads().get(2).count()
          + " policy texts indexed";
    } catch (IndexLoadException e) {
      throw new IOException(
          "indexing failed: " + e.getMessage() + " (run with --no-index to skip)", e);
    }
  }

  private SearchConnection connected() throws Exception {
    try {
      return connection.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalStateException) {
        throw new IOException(
            cause.getMessage() + "\n(run with --no-index to skip indexing)", cause);
      }
      throw cause instanceof Exception x ? x : e;
    }
  }

  /** The lines of the run's final summary about the index. */
  List<String> summary(Path workDir) {
    if (where == null) {
      return List.of(
          "  search index     not built; `appwatch index --work-dir " + workDir + "` builds it");
    }
    String how =
        SearchConnection.usesCluster(settings)
            ? "appwatch search --config <the file naming search.url>"
            : "appwatch search --work-dir " + workDir;
    return List.of(
        "  search index     " + where, "  query it with    " + how + " 注销账号 --verdict violation");
  }

  /** Stops the embedded node, waiting for it to finish starting if need be. */
  @Override
  public void close() {
    if (connection == null) {
      return;
    }
    try {
      connection.join().close();
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      // It never started; nothing to stop.
    }
  }
}
