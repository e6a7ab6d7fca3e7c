package org.appwatch.localstore.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue's identifying names are checked against the pinned Exodus and LibChecker lists. */
class SdkCatalogTest {

  private static final Path SHARED = Path.of(System.getProperty("appwatch.shared", "../../shared"));

  @Test
  void everySdkIsRecognisedByAPinnedListOrCitesTheVendor() throws Exception {
    JsonNode exodus =
        new ObjectMapper().readTree(SHARED.resolve("data/exodus-trackers.json").toFile());
    List<String> prefixes = new ArrayList<>();
    exodus
        .get("trackers")
        .forEach(
            t -> {
              for (String p : t.get("code_signature").asText().split("\\|")) {
                if (!p.isBlank()) {
                  prefixes.add(p.replace("\\.", "."));
                }
              }
            });
    List<String> rules = Files.readAllLines(SHARED.resolve("data/libchecker-rules.tsv"));
    Set<String> libchecker =
        rules.stream()
            .skip(1)
            .map(l -> l.split("\t"))
            .filter(f -> f.length > 3)
            .map(f -> f[1])
            .collect(Collectors.toSet());
    // LibChecker type 5 rules are DEX package prefixes.
    rules.stream()
        .skip(1)
        .map(l -> l.split("\t"))
        .filter(f -> f.length > 4 && f[3].equals("5") && f[4].equals("0"))
        .forEach(f -> prefixes.add(f[1] + "."));
    for (Sdk s : SdkCatalog.builtIn().all()) {
      List<String> names = new ArrayList<>(s.classes());
      s.components().forEach(c -> names.add(c.name()));
      boolean known =
          names.stream()
              .anyMatch(
                  n ->
                      prefixes.stream().anyMatch(n::startsWith)
                          || libchecker.contains(n)
                          || libchecker.stream().anyMatch(r -> r.contains("(.*)") && n.matches(r)));
      assertTrue(
          known || s.source().startsWith("vendor-docs"), s.id() + " is not in a pinned list");
    }
    assertTrue(SdkCatalog.builtIn().all().size() >= 30);
  }

  @Test
  void storesAndCategoriesHaveTheirShares() {
    Corpus c = new Corpus(2000, 1L, 0);
    long fdroid = c.aliveIndices().filter(i -> c.stores(i).contains(StoreId.FDROID)).count();
    assertTrue(fdroid >= 0.4 * 2000, "F-Droid share " + fdroid);
    assertTrue(c.aliveIndices().allMatch(i -> !c.stores(i).isEmpty()));
    long lowTarget =
        c.aliveIndices().limit(500).mapToObj(c::app).filter(a -> a.targetSdk() < 23).count();
    assertTrue(lowTarget > 10 && lowTarget < 150, "targetSdk < 23: " + lowTarget);
  }
}
