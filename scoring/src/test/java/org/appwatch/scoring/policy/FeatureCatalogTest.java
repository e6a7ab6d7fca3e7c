package org.appwatch.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every feature file is indexed, well formed, cites real items and passes its own examples. */
class FeatureCatalogTest {

  private static final Set<String> METHOD_ITEMS =
      Set.of(
          "M1.1", "M2.1", "M2.2", "M2.3", "M3.4", "M3.6", "M3.8", "M3.9", "M4.5", "M5.1", "M5.3",
          "M6.1", "M6.2", "M6.3", "M6.5");

  static Stream<Feature> features() {
    return FeatureCatalog.standard().features().stream();
  }

  @Test
  void indexListsExactlyTheFilesOfTheFolder() throws IOException {
    Path folder = Path.of("src/main/resources/org/appwatch/scoring/policy/items");
    try (Stream<Path> files = Files.list(folder)) {
      List<String> yaml =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .sorted()
              .toList();
      assertEquals(yaml, FeatureCatalog.indexedFiles().stream().sorted().toList());
    }
  }

  @Test
  void everyPolicyDecidableItemHasAFeature() {
    for (String item : PolicyAnalysis.ITEMS) {
      assertTrue(
          features().anyMatch(f -> f.spec().cites().get(0).equals(item)), item + " has no feature");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("features")
  void featureIsWellFormedAndPassesItsExamples(Feature feature) {
    FeatureSpec spec = feature.spec();
    assertTrue(METHOD_ITEMS.containsAll(spec.cites()), spec.cites().toString());
    assertTrue(Set.of("present", "adverse", "denial").contains(spec.meaning()));
    assertNotNull(spec.why(), "every feature documents why its cues are there");
    assertNotNull(spec.examples());
    assertFalse(spec.examples().match().isEmpty(), "needs examples that must match");
    assertFalse(spec.examples().nomatch().isEmpty(), "needs examples that must not match");
    NegationRule rule = FeatureCatalog.standard().negation();
    for (String s : spec.examples().match()) {
      assertNotNull(feature.detect(sentence(s), rule), spec.id() + " must match: " + s);
    }
    for (String s : spec.examples().nomatch()) {
      assertEquals(null, feature.detect(sentence(s), rule), spec.id() + " must not match: " + s);
    }
  }

  @Test
  void negationSeparatesSharingFromDenials() {
    PolicyAnalysis a =
        PolicyAnalyzer.analyzeText(
            "我们不会与任何第三方共享您的个人信息，但以下情况除外。\n"
                + "我们会向支付服务商共享您的订单信息，用于完成支付。\n"
                + "如您不同意，我们将无法向合作伙伴提供您的信息。\n".repeat(10),
            "n");
    List<Detection> denials = a.items().get("M3.9");
    assertEquals(1, denials.size());
    assertTrue(denials.get(0).withException());
    assertTrue(a.items().get("M2.1").stream().noneMatch(d -> d.text().contains("不会")));
    assertTrue(a.items().get("M2.1").stream().anyMatch(d -> d.text().contains("支付服务商")));
  }

  private static Sentence sentence(String text) {
    return new Sentence(0, 0, text.length(), text, 0, "", Block.Kind.PARAGRAPH);
  }
}
