package org.appwatch.cli;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.appwatch.model.Settings;
import org.appwatch.search.client.SearchConnection;
import org.appwatch.search.query.AppFacet;
import org.appwatch.search.query.AppQuery;
import org.appwatch.search.query.AppSearch;
import org.appwatch.search.query.AppSearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code appwatch search}: full text over policies and descriptions, with filters and facet counts,
 * riskiest apps first, over the indices {@code appwatch index} (or {@code run}) loaded.
 */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the indexed apps: all QUERY words must occur in one of title, developer, description",
      "or privacy policy (Chinese is segmented into words). Filters narrow the matches (values of one",
      "option are alternatives; options combine); results are sorted by risk, riskiest first, and",
      "the table shows how many matches have each store, category, SDK, permission, item, verdict.",
      "Uses the embedded node over <work-dir>/search (no reload needed) or the cluster of search.url."
    })
final class SearchCommand implements Callable<Integer> {

  enum Format {
    table,
    json
  }

  @Mixin SettingsOptions settingsOptions;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to find (none: all apps).")
  List<String> words = List.of();

  @Option(
      names = "--store",
      paramLabel = "S",
      description = "Only apps of this store (repeatable).")
  List<String> stores = List.of();

  @Option(names = "--category", paramLabel = "C", description = "Only apps in this category.")
  List<String> categories = List.of();

  @Option(names = "--developer", paramLabel = "D", description = "Only apps of this developer.")
  List<String> developers = List.of();

  @Option(names = "--sdk", paramLabel = "NAME", description = "Only apps embedding this SDK.")
  List<String> sdks = List.of();

  @Option(
      names = "--permission",
      paramLabel = "P",
      description = "Only apps requesting this permission (android.permission.CAMERA).")
  List<String> permissions = List.of();

  @Option(
      names = "--item",
      paramLabel = "M",
      description = "Only apps where this Method item is violated or likely so (M2.3).")
  List<String> items = List.of();

  @Option(
      names = "--verdict",
      paramLabel = "V",
      description =
          "Only apps with an item of this rolled-up verdict (violation, likely, unknown,"
              + " manual-check, pass, not-applicable).")
  List<String> verdicts = List.of();

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "table or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  Format format;

  @Option(
      names = "--size",
      paramLabel = "N",
      description = "Apps to show (default: ${DEFAULT-VALUE}).",
      defaultValue = "20")
  int size;

  @Option(
      names = "--facets",
      paramLabel = "N",
      description = "Values counted per facet (default: ${DEFAULT-VALUE}).",
      defaultValue = "10")
  int facetSize;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Settings settings = settingsOptions.resolve(Map.of());
    PrintWriter err = spec.commandLine().getErr();
    if (size < 0 || size > 10_000 || facetSize < 1) {
      throw new IllegalArgumentException("--size must be 0 to 10000 and --facets at least 1");
    }
    if (!SearchConnection.usesCluster(settings) && !SearchConnection.hasNodeData(settings)) {
      err.println(
          "search: nothing indexed in "
              + SearchConnection.nodeDir(settings)
              + ": run `appwatch index` (or `appwatch run`) with this --work-dir first");
      return Main.FAILED;
    }
    AppQuery query = new AppQuery(String.join(" ", words), filters(), 0, size, facetSize);
    try (SearchConnection search = IndexCommand.connect(settings, err)) {
      if (search == null) {
        return Main.FAILED;
      }
      AppSearchResult result;
      try {
        result = new AppSearch(search.client()).search(query);
      } catch (ElasticsearchException e) {
        if (e.status() == 404) {
          err.println(
              "search: no apps index in the " + search.where() + ": run `appwatch index` first");
          return Main.FAILED;
        }
        throw e;
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        SearchOutput.json(query, result, out);
      } else {
        SearchOutput.table(query, result, out);
      }
      out.flush();
      return 0;
    }
  }

  private Map<AppFacet, List<String>> filters() {
    Map<AppFacet, List<String>> f = new EnumMap<>(AppFacet.class);
    put(f, AppFacet.STORE, stores);
    put(f, AppFacet.CATEGORY, categories);
    put(f, AppFacet.DEVELOPER, developers);
    put(f, AppFacet.SDK, sdks);
    put(f, AppFacet.PERMISSION, permissions);
    put(f, AppFacet.ITEM, items);
    put(f, AppFacet.VERDICT, verdicts);
    return f;
  }

  private static void put(Map<AppFacet, List<String>> f, AppFacet facet, List<String> values) {
    if (values != null && !values.isEmpty()) {
      f.put(facet, values);
    }
  }
}
