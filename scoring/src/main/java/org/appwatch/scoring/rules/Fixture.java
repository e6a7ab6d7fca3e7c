package org.appwatch.scoring.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import org.appwatch.scoring.rules.evidence.AppEvidence;

/**
 * An example app a rule must fire on, or must not fire on, written in the rule file as changes to a
 * base app: {@code base: clean} (default; a compliant app with every kind of evidence, {@code
 * fixtures/clean.yaml}) or {@code base: empty} (a package name and nothing else: all evidence
 * missing). The changes are merged into the base map by map; any other value (lists included)
 * replaces the base's, and {@code null} removes a part.
 *
 * @param verdict the exact verdict expected, or null for "any firing" / "any non-firing" verdict
 */
public record Fixture(String name, AppEvidence evidence, Verdict verdict) {

  private static final JsonNode CLEAN = RuleYaml.resource(Fixture.class, "fixtures/clean.yaml");
  private static final JsonNode EMPTY =
      RuleYaml.mapper()
          .createObjectNode()
          .put("store", "fixture")
          .put("packageName", "com.example.app");

  /**
   * Reads one fixture entry of a rule file.
   *
   * @throws IllegalArgumentException when the entry is malformed or its evidence does not map
   */
  static Fixture read(JsonNode node) {
    if (!node.isObject() || !node.hasNonNull("name")) {
      throw new IllegalArgumentException("a fixture needs a `name`: " + node);
    }
    String name = node.get("name").asText();
    String base = node.path("base").asText("clean");
    JsonNode start =
        switch (base) {
          case "clean" -> CLEAN;
          case "empty" -> EMPTY;
          default -> throw new IllegalArgumentException(name + ": unknown base `" + base + "`");
        };
    JsonNode merged = merge(start.deepCopy(), node.path("evidence"));
    Verdict verdict = node.hasNonNull("verdict") ? Verdict.of(node.get("verdict").asText()) : null;
    try {
      return new Fixture(name, RuleYaml.mapper().treeToValue(merged, AppEvidence.class), verdict);
    } catch (Exception e) {
      throw new IllegalArgumentException(
          "fixture `" + name + "`: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }

  private static JsonNode merge(JsonNode base, JsonNode changes) {
    if (!(base instanceof ObjectNode target) || !changes.isObject()) {
      return changes.isMissingNode() ? base : changes;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode old = target.get(e.getKey());
      if (old != null && old.isObject() && e.getValue().isObject()) {
        target.set(e.getKey(), merge(old, e.getValue()));
      } else {
        target.set(e.getKey(), e.getValue());
      }
    }
    return target;
  }
}
