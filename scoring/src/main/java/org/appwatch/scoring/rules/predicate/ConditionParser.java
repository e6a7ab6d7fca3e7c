package org.appwatch.scoring.rules.predicate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the condition language of rule files. A condition is a map with exactly one key: {@code
 * all: [conditions]}, {@code any: [conditions]}, {@code not: condition}, or a predicate name from
 * the {@link PredicateRegistry} with its parameters ({@code apk.target_sdk_below: 23}).
 */
public final class ConditionParser {

  private final PredicateRegistry registry;

  public ConditionParser(PredicateRegistry registry) {
    this.registry = registry;
  }

  /** A parsed condition with the predicates it uses, in order of appearance. */
  public record Parsed(Condition condition, Set<Predicate> predicates) {

    /** The placeholders the predicates can fill. */
    public Set<String> placeholders() {
      Set<String> p = new LinkedHashSet<>();
      predicates.forEach(pr -> p.addAll(pr.placeholders()));
      return p;
    }
  }

  /**
   * Parses {@code node}.
   *
   * @throws IllegalArgumentException naming the unknown predicate or the malformed part
   */
  public Parsed parse(JsonNode node) {
    Set<Predicate> used = new LinkedHashSet<>();
    Condition c = parse(node, used);
    return new Parsed(c, used);
  }

  private Condition parse(JsonNode node, Set<Predicate> used) {
    if (node == null || !node.isObject() || node.size() != 1) {
      throw new IllegalArgumentException(
          "a condition is a map with exactly one key (all, any, not or a predicate), got `"
              + node
              + "`");
    }
    Map.Entry<String, JsonNode> e = node.fields().next();
    String key = e.getKey();
    JsonNode value = e.getValue();
    return switch (key) {
      case "all" -> Combinators.all(parts(key, value, used));
      case "any" -> Combinators.any(parts(key, value, used));
      case "not" -> Combinators.not(parse(value, used));
      default -> {
        Predicate p =
            registry
                .find(key)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "unknown predicate `" + key + "`; known: " + registry.names()));
        used.add(p);
        yield p.bind(new Params(key, value));
      }
    };
  }

  private List<Condition> parts(String key, JsonNode value, Set<Predicate> used) {
    if (!value.isArray() || value.isEmpty()) {
      throw new IllegalArgumentException(key + ": expected a non-empty list of conditions");
    }
    List<Condition> parts = new ArrayList<>();
    value.forEach(v -> parts.add(parse(v, used)));
    return parts;
  }
}
