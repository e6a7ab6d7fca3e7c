package org.appwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.appwatch.model.Settings;
import org.appwatch.publish.data.NoDatasetsException;
import org.appwatch.search.client.SearchConnection;
import org.appwatch.search.index.IndexLoadException;
import org.appwatch.search.index.IndexLoader;
import org.appwatch.search.index.LoadResult;
import org.appwatch.search.index.SearchIndex;
import org.appwatch.search.load.CrawlDocuments;
import org.appwatch.search.load.CrawlIndexer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code appwatch index}: loads one crawl's datasets into the search indices, on the embedded node
 * (data in {@code <work-dir>/search}) or the cluster of {@code search.url}.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Loads a crawl's results into Elasticsearch for `appwatch search`: apps (latest state: listing,",
      "SDKs, permissions, risk, item verdicts), findings and policy texts. Each index is replaced only",
      "once its new copy is complete and its document count equals the datasets'.",
      "With no search.url configured it starts the embedded node, with its data in <work-dir>/search."
    })
final class IndexCommand implements Callable<Integer> {

  @Mixin SettingsOptions settingsOptions;

  @Option(
      names = {"--crawl-id", "--crawl"},
      paramLabel = "ID",
      description = "The crawl (default: the latest).")
  String crawlId;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Settings settings = settingsOptions.resolve(Map.of());
    Path workDir = settings.getPath("work.dir").toAbsolutePath();
    PrintWriter out = spec.commandLine().getOut();
    CrawlDocuments documents;
    try {
      documents = CrawlDocuments.read(workDir, crawlId);
    } catch (NoDatasetsException e) {
      spec.commandLine().getErr().println("index: " + e.getMessage());
      return Main.FAILED;
    }
    out.println("index: crawl " + documents.crawlId() + " of " + workDir);
    out.flush();
    try (SearchConnection search = connect(settings, spec.commandLine().getErr())) {
      if (search == null) {
        return Main.FAILED;
      }
      out.println("  into the " + search.where());
      CrawlIndexer.Result result = load(search, documents, out);
      out.println(
          "index: done in "
              + seconds(result.took())
              + "; try: appwatch search --work-dir "
              + workDir
              + " WORDS");
      return 0;
    } catch (IndexLoadException e) {
      spec.commandLine().getErr().println("index: " + e.getMessage());
      return Main.FAILED;
    }
  }

  /**
   * Connects as the settings say; null, after saying why on {@code err}, when the embedded node
   * does not start.
   *
   * @throws IOException if the cluster is unreachable or refuses the credentials
   */
  static SearchConnection connect(Settings settings, PrintWriter err) throws IOException {
    try {
      return SearchConnection.open(settings, System.getenv());
    } catch (IllegalStateException e) {
      err.println(e.getMessage());
      return null;
    }
  }

  /** Loads the three indices, showing progress and one line per index on {@code out}. */
  static CrawlIndexer.Result load(
      SearchConnection search, CrawlDocuments documents, PrintWriter out)
      throws IndexLoadException, IOException, InterruptedException {
    CrawlIndexer.Listener progress =
        new CrawlIndexer.Listener() {
          // Two loads run at once (see CrawlIndexer), each with its own display.
          private final Map<SearchIndex, ProgressDisplay> displays =
              new EnumMap<>(SearchIndex.class);

          @Override
          public synchronized void started(SearchIndex index, long total) {
            out.flush();
            // A log gets progress lines only for loads long enough to need them.
            if (System.console() != null || total >= 10_000) {
              displays.put(index, ProgressDisplay.start(index.alias(), total));
            }
          }

          @Override
          public synchronized void sent(SearchIndex index) {
            ProgressDisplay display = displays.get(index);
            if (display != null) {
              display.step("documents");
            }
          }

          @Override
          public synchronized void loaded(SearchIndex index, LoadResult r) {
            ProgressDisplay display = displays.remove(index);
            if (display != null) {
              display.close();
            }
            out.printf(
                "  %-18s %,7d documents in %s (%s)%n",
                r.alias(), r.count(), r.index(), seconds(r.took()));
            out.flush();
          }
        };
    return new CrawlIndexer(new IndexLoader(search.client())).load(documents, progress);
  }

  private static String seconds(Duration d) {
    return String.format("%.1f s", d.toMillis() / 1000.0);
  }
}
