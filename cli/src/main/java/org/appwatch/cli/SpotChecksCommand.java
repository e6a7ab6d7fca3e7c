package org.appwatch.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.appwatch.model.Settings;
import org.appwatch.publish.Publisher;
import org.appwatch.publish.data.NoDatasetsException;
import org.appwatch.publish.spotcheck.SpotCheckQuery;
import org.appwatch.publish.spotcheck.SpotCheckWriter.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code appwatch spot-checks}: the priority list of apps for inspectors to check first. */
@Command(
    name = "spot-checks",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the spot-check list: the apps to check first, with their findings, evidence",
      "excerpts and links, and the manual checks as tasks for inspectors (CSV, XLSX, HTML)."
    })
final class SpotChecksCommand implements Callable<Integer> {

  @Mixin SettingsOptions settingsOptions;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "Apps on the list (default: ${DEFAULT-VALUE}).",
      defaultValue = "50")
  int top;

  @Option(names = "--store", paramLabel = "S", description = "Only apps of this store.")
  String store;

  @Option(names = "--category", paramLabel = "C", description = "Only apps of this category.")
  String category;

  @Option(names = "--crawl-id", paramLabel = "ID", description = "The crawl (default: the latest).")
  String crawlId;

  @Option(
      names = "--format",
      paramLabel = "F",
      split = ",",
      description = "csv, xlsx, html, or several separated by commas (default: all three).")
  List<Format> formats;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder to write to (default: <work-dir>/reports/spot-checks).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Settings settings = settingsOptions.resolve(java.util.Map.of());
    Path workDir = settings.getPath("work.dir").toAbsolutePath();
    Path outDir = out != null ? out : workDir.resolve("reports/spot-checks");
    SpotCheckQuery query = new SpotCheckQuery(top, store, category);
    EnumSet<Format> chosen =
        formats == null || formats.isEmpty()
            ? EnumSet.allOf(Format.class)
            : EnumSet.copyOf(formats);
    try {
      Publisher.Result r =
          new Publisher(workDir, CatalogueItems.load()).spotChecks(crawlId, query, chosen, outDir);
      System.out.println("spot-checks: crawl " + r.crawlId() + ", " + r.apps() + " apps");
      r.files().forEach(f -> System.out.println("  " + f));
      return 0;
    } catch (NoDatasetsException e) {
      System.err.println("spot-checks: " + e.getMessage());
      return Main.FAILED;
    }
  }
}
