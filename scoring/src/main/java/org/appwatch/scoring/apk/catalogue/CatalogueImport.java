package org.appwatch.scoring.apk.catalogue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Regenerates the pinned SDK catalogue from the upstream lists and prints what would change. Writes
 * only with {@code --write}; nothing in the product ever reads the upstream lists.
 *
 * <pre>
 * java -cp ... org.appwatch.scoring.apk.catalogue.CatalogueImport \
 *   [--exodus ../shared/data/exodus-trackers.json] [--libchecker ../shared/data/libchecker-rules.tsv]
 *   [--supplement scoring/src/catalogue/sdk-supplement.json]
 *   [--categories scoring/src/catalogue/sdk-categories.json]
 *   [--catalogue scoring/src/main/resources/org/appwatch/scoring/apk/sdk-catalogue.json] [--write]
 * </pre>
 *
 * Paths default to the layout of a checkout run from the repository root. Exit status 0 when the
 * catalogue is unchanged or was written, 1 when it differs and was not written, 2 on bad usage.
 */
public final class CatalogueImport {
  private CatalogueImport() {}

  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream out) throws IOException {
    Path exodus = Path.of("../shared/data/exodus-trackers.json");
    Path libchecker = Path.of("../shared/data/libchecker-rules.tsv");
    Path supplement = Path.of("scoring/src/catalogue/sdk-supplement.json");
    Path categories = Path.of("scoring/src/catalogue/sdk-categories.json");
    Path catalogue = Path.of("scoring/src/main/resources" + SdkCatalogue.RESOURCE);
    boolean write = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--exodus" -> exodus = Path.of(args[++i]);
        case "--libchecker" -> libchecker = Path.of(args[++i]);
        case "--supplement" -> supplement = Path.of(args[++i]);
        case "--categories" -> categories = Path.of(args[++i]);
        case "--catalogue" -> catalogue = Path.of(args[++i]);
        case "--write" -> write = true;
        default -> {
          out.println("unknown option " + args[i]);
          return 2;
        }
      }
    }
    SdkCatalogue next = CatalogueBuilder.build(exodus, libchecker, supplement, categories);
    SdkCatalogue current =
        Files.exists(catalogue) ? SdkCatalogue.read(catalogue) : new SdkCatalogue(null, List.of());
    List<String> diff = CatalogueDiff.between(current, next);
    diff.forEach(out::println);
    out.printf(
        "%d entries now, %d before; %d changed lines%n",
        next.sdks().size(), current.sdks().size(), diff.size());
    if (diff.isEmpty()
        && next.toJson().equals(Files.exists(catalogue) ? Files.readString(catalogue) : "")) {
      out.println("catalogue unchanged");
      return 0;
    }
    if (!write) {
      out.println("not written (pass --write to replace " + catalogue + ")");
      return 1;
    }
    next.write(catalogue);
    out.println("written " + catalogue);
    return 0;
  }
}
