package org.appwatch.scoring.rules.predicate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A predicate's parameters as written in a rule file: a scalar ({@code 23}, {@code true}), a list
 * ({@code [ads, push]}) or a map ({@code {min: 1}}). Accessors throw {@link
 * IllegalArgumentException} naming the predicate when the form is wrong.
 */
public record Params(String predicate, JsonNode node) {

  /** Requires the parameter to be {@code true} (a predicate without parameters). */
  public void requireTrue() {
    if (!node.isBoolean() || !node.booleanValue()) {
      throw bad("expected `true`");
    }
  }

  /** The scalar as an integer. */
  public int integer() {
    if (!node.isInt()) {
      throw bad("expected an integer");
    }
    return node.intValue();
  }

  /** A string or a list of strings, as a non-empty list. */
  public List<String> strings() {
    return strings(node);
  }

  /** Requires a map whose keys are all in {@code allowed}. */
  public Params object(Set<String> allowed) {
    if (!node.isObject()) {
      throw bad("expected a map with keys " + allowed);
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw bad("unknown parameter `" + key + "`, expected one of " + allowed);
      }
    }
    return this;
  }

  /** An integer field of a map, or {@code otherwise}. */
  public int integer(String key, int otherwise) {
    JsonNode v = node.get(key);
    if (v == null) {
      return otherwise;
    }
    if (!v.isInt()) {
      throw bad("`" + key + "` must be an integer");
    }
    return v.intValue();
  }

  /** A number field of a map, or {@code otherwise}. */
  public double number(String key, double otherwise) {
    JsonNode v = node.get(key);
    if (v == null) {
      return otherwise;
    }
    if (!v.isNumber()) {
      throw bad("`" + key + "` must be a number");
    }
    return v.doubleValue();
  }

  /** A boolean field of a map, or {@code otherwise}. */
  public boolean bool(String key, boolean otherwise) {
    JsonNode v = node.get(key);
    if (v == null) {
      return otherwise;
    }
    if (!v.isBoolean()) {
      throw bad("`" + key + "` must be true or false");
    }
    return v.booleanValue();
  }

  /** A string-list field of a map, or {@code otherwise}. */
  public List<String> strings(String key, List<String> otherwise) {
    JsonNode v = node.get(key);
    return v == null ? otherwise : strings(v);
  }

  private List<String> strings(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v.isTextual()) {
      out.add(v.textValue());
    } else if (v.isArray()) {
      for (JsonNode e : v) {
        if (!e.isTextual()) {
          throw bad("expected strings, got " + e);
        }
        out.add(e.textValue());
      }
    }
    if (out.isEmpty()) {
      throw bad("expected a string or a non-empty list of strings");
    }
    return List.copyOf(out);
  }

  private IllegalArgumentException bad(String why) {
    return new IllegalArgumentException(predicate + ": " + why + ", got `" + node + "`");
  }
}
