package org.appwatch.scoring.policy;

import java.util.BitSet;

/**
 * The characters a regex match can start with, when the regex makes that easy to see: a leading
 * literal or a leading group of alternatives that start with literals ({@code (收集|获取)…}), also
 * after {@code (?i)} and {@code \b} (ASCII letters always count in both cases), and an optional
 * leading group together with what follows it. Returns null whenever in doubt (character classes,
 * other escapes and inline flags, optional leading literals), so the prefilter built on it never
 * drops a sentence the regex could match. Java's regex engine tries every alternative at every
 * position; skipping sentences that contain none of these characters is what keeps the engine at
 * hundreds of policies per second.
 */
final class FirstChars {

  private static final String META = "\\[]().*+?{}|^$";

  private FirstChars() {}

  /**
   * The next match of {@code m} starting at or after {@code from}, as {@link
   * java.util.regex.Matcher#find()} would, trying the regex only at positions holding one of {@code
   * first} (from {@link #of}; null tries every position): Java's engine would otherwise try every
   * alternative at every position.
   */
  static boolean next(BitSet first, java.util.regex.Matcher m, String text, int from) {
    if (first == null) {
      m.region(from, text.length());
      return m.find();
    }
    for (int i = from; i < text.length(); i++) {
      if (first.get(text.charAt(i))) {
        m.region(i, text.length());
        if (m.lookingAt()) {
          return true;
        }
      }
    }
    return false;
  }

  /** The possible first characters of a match of {@code regex}, or null when unknown. */
  static BitSet of(String regex) {
    BitSet out = new BitSet();
    for (String branch : splitTopLevel(regex)) {
      if (!addBranch(branch, out)) {
        return null;
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static boolean addBranch(String branch, BitSet out) {
    if (branch.isEmpty()) {
      return false; // an empty alternative matches anywhere
    }
    if (branch.startsWith("(?i)")) {
      return addBranch(branch.substring(4), out); // zero-width; letters get both cases anyway
    }
    if (branch.startsWith("\\b")) {
      return addBranch(branch.substring(2), out); // zero-width: the match starts at what follows
    }
    char c = branch.charAt(0);
    if (c == '(') {
      int close = matchingParen(branch);
      if (close < 0 || branch.startsWith("(?") && !branch.startsWith("(?:")) {
        return false;
      }
      BitSet inner = of(branch.substring(branch.startsWith("(?:") ? 3 : 1, close));
      if (inner == null) {
        return false;
      }
      out.or(inner);
      if (optionalAfter(branch, close + 1)) {
        // (继续|开始)?使用: the match starts in the group or, without it, at what follows.
        return addBranch(branch.substring(afterQuantifier(branch, close + 1)), out);
      }
      return true;
    }
    if (META.indexOf(c) >= 0 || optionalAfter(branch, 1)) {
      return false;
    }
    if (c < 0x80 && Character.isLetter(c)) {
      // Both cases: a case-insensitive flag may apply (any flag but UNICODE_CASE, unused here).
      out.set(Character.toLowerCase(c));
      out.set(Character.toUpperCase(c));
    } else {
      out.set(c);
    }
    return true;
  }

  /** The index after the quantifier ({@code ? * {m,n}}, maybe lazy) starting at {@code i}. */
  private static int afterQuantifier(String s, int i) {
    if (s.charAt(i) == '{') {
      int close = s.indexOf('}', i);
      i = close < 0 ? s.length() : close + 1;
    } else {
      i++;
    }
    return i < s.length() && "?+".indexOf(s.charAt(i)) >= 0 ? i + 1 : i;
  }

  static boolean optionalAfter(String s, int i) {
    return i < s.length() && "?*{".indexOf(s.charAt(i)) >= 0;
  }

  static int matchingParen(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        return -1; // classes may hold parentheses; not worth parsing
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  static java.util.List<String> splitTopLevel(String regex) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    int depth = 0;
    int start = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        parts.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(regex.substring(start));
    return parts;
  }
}
