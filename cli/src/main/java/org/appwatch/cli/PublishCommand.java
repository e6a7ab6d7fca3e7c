package org.appwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.appwatch.model.Settings;
import org.appwatch.publish.Publisher;
import org.appwatch.publish.data.NoDatasetsException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code appwatch publish}: the league table as a static HTML site, with CSV and XLSX. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the league table as a static HTML site (no network needed to view it): risk by",
      "store and category, most-violated items, most common SDKs, change since the last crawl,",
      "tables of apps and stores, and CSV and XLSX downloads of the same tables."
    })
final class PublishCommand implements Callable<Integer> {

  @Mixin SettingsOptions settingsOptions;

  @Option(names = "--crawl-id", paramLabel = "ID", description = "The crawl (default: the latest).")
  String crawlId;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder to write to (default: <work-dir>/site).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Settings settings = settingsOptions.resolve(java.util.Map.of());
    Path workDir = settings.getPath("work.dir").toAbsolutePath();
    Path outDir = out != null ? out : workDir.resolve("site");
    try {
      Publisher.Result r = new Publisher(workDir, CatalogueItems.load()).publish(crawlId, outDir);
      System.out.println("publish: crawl " + r.crawlId() + ", " + r.apps() + " apps");
      System.out.println("  open " + outDir.resolve("index.html").toUri());
      return 0;
    } catch (NoDatasetsException e) {
      System.err.println("publish: " + e.getMessage());
      return Main.FAILED;
    }
  }
}
