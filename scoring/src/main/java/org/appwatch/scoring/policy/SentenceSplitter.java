package org.appwatch.scoring.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits one normalised block into sentences, returning [start, end) pairs relative to the block.
 * Boundaries fall after Chinese 。！？；, after Western ! and ?, and after a full stop that is followed
 * by white space and is not part of a number or a common abbreviation ("e.g.", "Inc."). Closing
 * quotes and brackets stay with the sentence they close. Headings and table rows are never split: a
 * row is one record (an SDK, its purpose, its data). The Western semicolon does not end a sentence:
 * English policies use it inside enumerations.
 */
final class SentenceSplitter {

  private static final String TERMINALS = "。！？；!?";
  private static final String CLOSERS = "”’\"'」』）)】》〉";
  private static final Set<String> ABBREVIATIONS =
      Set.of("e.g", "i.e", "etc", "inc", "ltd", "co", "no", "corp", "mr", "ms", "dr", "vs", "u.s");

  private SentenceSplitter() {}

  static List<int[]> split(String block, Block.Kind kind) {
    List<int[]> spans = new ArrayList<>();
    if (kind == Block.Kind.HEADING || kind == Block.Kind.TABLE_ROW) {
      spans.add(new int[] {0, block.length()});
      return spans;
    }
    int start = 0;
    int n = block.length();
    for (int i = 0; i < n; i++) {
      char c = block.charAt(i);
      boolean end = TERMINALS.indexOf(c) >= 0 || (c == '.' && fullStop(block, i));
      if (!end) {
        continue;
      }
      int j = i + 1;
      while (j < n
          && (CLOSERS.indexOf(block.charAt(j)) >= 0 || TERMINALS.indexOf(block.charAt(j)) >= 0)) {
        j++;
      }
      add(spans, block, start, j);
      start = j;
      i = j - 1;
    }
    add(spans, block, start, n);
    return spans;
  }

  private static boolean fullStop(String s, int i) {
    if (i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
      return false;
    }
    int w = i;
    while (w > 0 && (Character.isLetter(s.charAt(w - 1)) || s.charAt(w - 1) == '.')) {
      w--;
    }
    String word = s.substring(w, i).toLowerCase(java.util.Locale.ROOT);
    if (ABBREVIATIONS.contains(word)
        || (word.length() == 1 && Character.isUpperCase(s.charAt(w)))) {
      return false;
    }
    // "1. " and "12. " number list items; "in 2019. We" ends a sentence.
    int digits = 0;
    while (i - digits > 0 && Character.isDigit(s.charAt(i - digits - 1))) {
      digits++;
    }
    return digits == 0 || digits > 2;
  }

  private static void add(List<int[]> spans, String block, int start, int end) {
    while (start < end && Character.isWhitespace(block.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(block.charAt(end - 1))) {
      end--;
    }
    if (end > start && hasContent(block, start, end)) {
      spans.add(new int[] {start, end});
    }
  }

  private static boolean hasContent(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
