package org.appwatch.scoring.rules.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.RuleYaml;

/**
 * Maps the APK analyser's kinds of personal information ({@code precise-location}, {@code
 * device-identifier}) and permission names to the policy analyser's sensitive items ({@code
 * location}, {@code device_id}), so that a permission can be checked against the purposes a policy
 * states. The table is {@code personal-data-items.yaml}.
 */
public final class PersonalDataItems {

  private static final PersonalDataItems STANDARD = load();

  private final Map<String, List<String>> byKind;
  private final Map<String, List<String>> byPermission;

  private PersonalDataItems(Map<String, List<String>> byKind, Map<String, List<String>> byPerm) {
    this.byKind = byKind;
    this.byPermission = byPerm;
  }

  /** The pinned table. */
  public static PersonalDataItems standard() {
    return STANDARD;
  }

  /**
   * The policy items that can state a purpose for {@code permission}: from its kinds, else from its
   * name; empty when the permission is not in the table (such a permission is not judged).
   */
  public Set<String> itemsFor(ApkFacts.PermissionFact permission) {
    Set<String> items = new LinkedHashSet<>();
    for (String kind : permission.kinds()) {
      items.addAll(byKind.getOrDefault(kind, List.of()));
    }
    if (items.isEmpty()) {
      items.addAll(byPermission.getOrDefault(permission.shortName(), List.of()));
    }
    return items;
  }

  /** The policy items for a sensitive API kind ({@code location}, {@code device-identifier}). */
  public List<String> itemsForKind(String kind) {
    return byKind.getOrDefault(kind, List.of());
  }

  private static PersonalDataItems load() {
    JsonNode root = RuleYaml.resource(PersonalDataItems.class, "personal-data-items.yaml");
    return new PersonalDataItems(table(root.get("kinds")), table(root.get("permissions")));
  }

  private static Map<String, List<String>> table(JsonNode node) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    node.fields()
        .forEachRemaining(
            e -> {
              List<String> items = new java.util.ArrayList<>();
              e.getValue().forEach(v -> items.add(v.asText()));
              m.put(e.getKey(), List.copyOf(items));
            });
    return Map.copyOf(m);
  }
}
