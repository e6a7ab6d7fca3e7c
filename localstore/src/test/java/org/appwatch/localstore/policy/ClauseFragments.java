package org.appwatch.localstore.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The distinctive text of each wording: its literal runs between placeholders and sentence ends.
 * Short runs (a bare "：" or "权限") are dropped; what remains is what a page states only when it
 * makes the clause.
 */
final class ClauseFragments {

  private static final Pattern SPLIT = Pattern.compile("\\{[a-z]+}|[。；;！？!?]|\\. ");
  private static final int MIN_LENGTH = 5;

  private ClauseFragments() {}

  /** For each phrasing of the clause in the language, the fragments of all its paragraphs. */
  static List<List<String>> of(PolicyLanguage language, Clause clause) {
    List<List<String>> result = new ArrayList<>();
    for (List<String> phrasing : TemplateCatalog.get().templates(language).clauses().get(clause)) {
      List<String> fragments = new ArrayList<>();
      for (String paragraph : phrasing) {
        fragments.addAll(split(paragraph));
      }
      result.add(fragments);
    }
    return result;
  }

  static List<String> split(String text) {
    List<String> result = new ArrayList<>();
    for (String part : SPLIT.split(text)) {
      String trimmed = part.strip();
      if (trimmed.length() >= MIN_LENGTH) {
        result.add(trimmed);
      }
    }
    return result;
  }
}
