package org.appwatch.scoring.apk.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * All class-name signals of the catalogue, compiled into one {@link KeywordAutomaton}. A prefix
 * {@code com.igexin} is the keyword {@code com.igexin.} found at position 0. A regex whose only
 * metacharacter is {@code .} (every Exodus signature) contributes its longest literal run, which
 * must occur in any match; the regex then confirms the candidate. So one pass over a name replaces
 * hundreds of regex searches and gives exactly the answer of searching every regex. Other regexes
 * are searched one by one. Regexes are compiled on first use ({@link Signal}).
 */
final class ClassIndex {
  private static final Pattern SIMPLE = Pattern.compile("[A-Za-z0-9_$.]+");

  private final List<List<Signal>> byKeyword = new ArrayList<>();
  private final List<Signal> slow = new ArrayList<>();
  private final KeywordAutomaton automaton;

  ClassIndex(List<SdkEntry> entries) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      SdkEntry e = entries.get(i);
      for (String prefix : e.classPrefixes()) {
        add(ids, prefix + ".", new Signal(i, "class-prefix", prefix, false));
      }
      for (String pattern : e.classPatterns()) {
        Signal s = new Signal(i, "class-pattern", pattern, true);
        String keyword = SIMPLE.matcher(pattern).matches() ? longestLiteral(pattern) : "";
        if (keyword.isEmpty()) {
          slow.add(s);
        } else {
          add(ids, keyword, s);
        }
      }
    }
    automaton = new KeywordAutomaton(new ArrayList<>(ids.keySet()));
  }

  private void add(Map<String, Integer> ids, String keyword, Signal signal) {
    int id = ids.computeIfAbsent(keyword, k -> ids.size());
    if (id == byKeyword.size()) {
      byKeyword.add(new ArrayList<>(1));
    }
    byKeyword.get(id).add(signal);
  }

  /** Calls {@code sink} once per signal that matches {@code className} (dotted). */
  void match(String className, Consumer<Signal> sink) {
    List<Signal> seen = new ArrayList<>(0);
    automaton.scan(
        className,
        (keyword, end) -> {
          boolean atStart = end == automaton.length(keyword);
          for (Signal s : byKeyword.get(keyword)) {
            boolean hit =
                !s.isRegex() ? atStart : !seen.contains(s) && s.regex().matcher(className).find();
            // A keyword can occur twice in one name; report each signal once.
            if (hit && !seen.contains(s)) {
              seen.add(s);
              sink.accept(s);
            }
          }
        });
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
