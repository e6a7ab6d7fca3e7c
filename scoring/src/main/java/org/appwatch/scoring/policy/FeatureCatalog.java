package org.appwatch.scoring.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The policy features and the negation rule, loaded from the classpath resources {@code
 * items/index.txt}, {@code items/<id>.yaml} and {@code negation.yaml}. A malformed resource fails
 * loading with an {@link IllegalStateException} naming the file. Immutable once built; {@link
 * #standard()} is loaded once and shared.
 */
public record FeatureCatalog(List<Feature> features, NegationRule negation) {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final class Holder {
    static final FeatureCatalog STANDARD = load();
  }

  /** The catalogue shipped with the scoring module. */
  public static FeatureCatalog standard() {
    return Holder.STANDARD;
  }

  /** The file names listed in {@code items/index.txt}. */
  public static List<String> indexedFiles() {
    String index = resource("items/index.txt");
    return index
        .lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .toList();
  }

  private static FeatureCatalog load() {
    List<Feature> features = new ArrayList<>();
    for (String file : indexedFiles()) {
      try {
        FeatureSpec spec = YAML.readValue(resource("items/" + file), FeatureSpec.class);
        if (!file.equals(spec.id() + ".yaml")) {
          throw new IllegalStateException("feature id " + spec.id() + " differs from its file");
        }
        features.add(new Feature(spec));
      } catch (IOException | RuntimeException e) {
        throw new IllegalStateException("bad policy feature file items/" + file + ": " + e, e);
      }
    }
    try {
      Map<?, ?> n = YAML.readValue(resource("negation.yaml"), Map.class);
      NegationRule rule =
          new NegationRule(
              (String) n.get("negationCues"),
              (String) n.get("notNegations"),
              (String) n.get("clauseBreaks"),
              (String) n.get("exceptions"),
              (String) n.get("otherParty"));
      return new FeatureCatalog(List.copyOf(features), rule);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("bad negation.yaml: " + e, e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = FeatureCatalog.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
