package org.appwatch.scoring.rules.predicate;

import java.util.List;

/** How lists appear in inspector wording: at most eight names, then a count of the rest. */
final class Snippets {

  private static final int SHOWN = 8;

  private Snippets() {}

  static String join(List<String> names) {
    if (names.size() <= SHOWN) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, SHOWN)) + " (+" + (names.size() - SHOWN) + ")";
  }
}
