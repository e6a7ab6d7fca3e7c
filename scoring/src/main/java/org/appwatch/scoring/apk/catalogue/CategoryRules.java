package org.appwatch.scoring.apk.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Categories for catalogue entries whose upstream list gives none, from the pinned rules of {@code
 * scoring/src/catalogue/sdk-categories.json}: an entry listed there by id takes the categories
 * given (each with its source); any other takes every category one of whose words occurs in its
 * name, a Latin word as a whole word (case ignored), a Chinese word anywhere.
 */
final class CategoryRules {
  private final String source;
  private final Map<String, List<String>> byId = new HashMap<>();
  private final List<Map.Entry<String, Pattern>> words = new ArrayList<>();

  private CategoryRules(String source) {
    this.source = source;
  }

  static CategoryRules read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    CategoryRules rules = new CategoryRules(root.path("source").asText());
    root.get("words")
        .fields()
        .forEachRemaining(
            f -> f.getValue().forEach(w -> rules.words.add(Map.entry(f.getKey(), pattern(w)))));
    for (JsonNode e : root.get("entries")) {
      if (e.path("source").asText().isBlank()) {
        throw new IOException(file + ": entry " + e.path("id") + " names no source");
      }
      List<String> categories = new ArrayList<>();
      e.get("categories").forEach(c -> categories.add(c.asText()));
      rules.byId.put(e.get("id").asText(), categories);
    }
    return rules;
  }

  /** The rules' own description, for the catalogue's {@code sources}. */
  String source() {
    return source;
  }

  /** The categories of the entry {@code id} named {@code name}; empty when no rule applies. */
  Set<String> categories(String id, String name) {
    if (byId.containsKey(id)) {
      return new LinkedHashSet<>(byId.get(id));
    }
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<String, Pattern> w : words) {
      if (w.getValue().matcher(name).find()) {
        out.add(w.getKey());
      }
    }
    return out;
  }

  private static Pattern pattern(JsonNode word) {
    String w = word.asText().toLowerCase(Locale.ROOT);
    boolean latin = w.chars().allMatch(c -> c < 0x80);
    // A Latin word must not be part of a longer word: "ad" is no match in "Adform" or "Gradle".
    return Pattern.compile(
        latin ? "(?<![\\p{Alnum}])" + Pattern.quote(w) + "(?![\\p{Alnum}])" : Pattern.quote(w),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
