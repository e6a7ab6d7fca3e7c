package org.appwatch.scoring.apk.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * All class-name signals of the catalogue, compiled once. Prefixes are found by looking up each
 * package boundary of a name in a hash map. Regex signals whose only metacharacter is {@code .}
 * (every Exodus signature) are filtered by an Aho-Corasick automaton over their longest literal
 * run, which must occur in any match, and only then confirmed with the regex: one pass over the
 * name instead of hundreds of regex searches, and exactly the answer of searching every regex.
 * Other regexes are searched one by one.
 */
final class ClassIndex {
  private static final Pattern SIMPLE = Pattern.compile("[A-Za-z0-9_$.]+");

  /** A class signal of one catalogue entry. */
  record Signal(int entry, String kind, String value, Pattern regex) {}

  private final Map<String, List<Signal>> prefixes = new HashMap<>();
  private final Map<String, List<Signal>> byKeyword = new HashMap<>();
  private final List<Signal> slow = new ArrayList<>();
  private final Trie trie;

  ClassIndex(List<SdkEntry> entries) {
    Trie.TrieBuilder keywords = Trie.builder();
    for (int i = 0; i < entries.size(); i++) {
      SdkEntry e = entries.get(i);
      for (String prefix : e.classPrefixes()) {
        prefixes
            .computeIfAbsent(prefix, k -> new ArrayList<>())
            .add(new Signal(i, "class-prefix", prefix, null));
      }
      for (String pattern : e.classPatterns()) {
        Signal s = new Signal(i, "class-pattern", pattern, Pattern.compile(pattern));
        String keyword = SIMPLE.matcher(pattern).matches() ? longestLiteral(pattern) : "";
        if (keyword.isEmpty()) {
          slow.add(s);
        } else {
          keywords.addKeyword(keyword);
          byKeyword.computeIfAbsent(keyword, k -> new ArrayList<>()).add(s);
        }
      }
    }
    trie = keywords.build();
  }

  /** Calls {@code sink} once per signal that matches {@code className} (dotted). */
  void match(String className, java.util.function.Consumer<Signal> sink) {
    for (int dot = className.indexOf('.'); dot > 0; dot = className.indexOf('.', dot + 1)) {
      List<Signal> hits = prefixes.get(className.substring(0, dot));
      if (hits != null) {
        hits.forEach(sink);
      }
    }
    List<Signal> seen = null;
    for (Emit emit : trie.parseText(className)) {
      for (Signal s : byKeyword.get(emit.getKeyword())) {
        if (seen == null) {
          seen = new ArrayList<>(2);
        }
        // A keyword can occur twice in one name; report each signal once.
        if (!seen.contains(s) && s.regex().matcher(className).find()) {
          seen.add(s);
          sink.accept(s);
        }
      }
    }
    for (Signal s : slow) {
      if (s.regex().matcher(className).find()) {
        sink.accept(s);
      }
    }
  }

  private static String longestLiteral(String pattern) {
    String best = "";
    for (String run : pattern.split("\\.")) {
      if (run.length() > best.length()) {
        best = run;
      }
    }
    return best;
  }
}
