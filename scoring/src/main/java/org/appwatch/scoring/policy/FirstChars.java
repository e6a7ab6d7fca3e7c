package org.appwatch.scoring.policy;

import java.util.BitSet;

/**
 * The characters a regex match can start with, when the regex makes that easy to see: a leading
 * literal or a leading group of alternatives that start with literals ({@code (收集|获取)…}). Returns
 * null whenever in doubt (character classes, escapes, inline flags, optional leading parts), so the
 * prefilter built on it never drops a sentence the regex could match. Java's regex engine tries
 * every alternative at every position; skipping sentences that contain none of these characters is
 * what keeps the engine at hundreds of policies per second.
 */
final class FirstChars {

  private static final String META = "\\[]().*+?{}|^$";

  private FirstChars() {}

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
      return false;
    }
    char c = branch.charAt(0);
    if (c == '(') {
      int close = matchingParen(branch);
      if (close < 0 || optionalAfter(branch, close + 1) || branch.startsWith("(?")) {
        return false;
      }
      BitSet inner = of(branch.substring(1, close));
      if (inner == null) {
        return false;
      }
      out.or(inner);
      return true;
    }
    if (META.indexOf(c) >= 0 || optionalAfter(branch, 1) || Character.isLetter(c) && c < 0x80) {
      // ASCII letters may sit under a case-insensitive flag further out: stay safe.
      return false;
    }
    out.set(c);
    return true;
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
