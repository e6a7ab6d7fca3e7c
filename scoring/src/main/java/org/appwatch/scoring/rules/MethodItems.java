package org.appwatch.scoring.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 31 items of the 2019 Method ({@code method-items.yaml}), in the Method's order. Rules cite
 * their ids; the catalogue must cover every one.
 */
public final class MethodItems {

  private static final MethodItems STANDARD = load();

  private final Map<String, Item> byId;

  private MethodItems(Map<String, Item> byId) {
    this.byId = byId;
  }

  /**
   * One item.
   *
   * @param evidence the evidence kinds that can decide it ({@code dynamic}: only a running app)
   */
  public record Item(String id, List<String> evidence, String en, String zh) {}

  /** The pinned list. */
  public static MethodItems standard() {
    return STANDARD;
  }

  /** Every item, in the Method's order. */
  public List<Item> all() {
    return List.copyOf(byId.values());
  }

  /** The item with {@code id}, if it exists. */
  public Optional<Item> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  private static MethodItems load() {
    JsonNode root = RuleYaml.resource(MethodItems.class, "method-items.yaml");
    Map<String, Item> m = new LinkedHashMap<>();
    for (JsonNode n : root.get("items")) {
      List<String> evidence = new ArrayList<>();
      n.get("evidence").forEach(e -> evidence.add(e.asText()));
      String id = n.get("id").asText();
      m.put(id, new Item(id, List.copyOf(evidence), n.get("en").asText(), n.get("zh").asText()));
    }
    return new MethodItems(java.util.Collections.unmodifiableMap(m));
  }
}
