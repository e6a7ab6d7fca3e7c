package org.appwatch.scoring.policy;

/**
 * Parses the small numbers policies promise deadlines in: ASCII or full-width digits ("15", "１５")
 * and Chinese numerals up to the hundreds ("十五", "二十", "三十", "一百二十", "两"). Returns -1 for anything
 * else, so a caller never mistakes junk for a deadline.
 */
public final class ChineseNumerals {

  private static final String DIGITS = "〇一二三四五六七八九";

  private ChineseNumerals() {}

  /** The value of {@code s}, or -1 when it is not a number this class reads. */
  public static int parse(String s) {
    if (s == null || s.isEmpty()) {
      return -1;
    }
    if (s.chars().allMatch(c -> Character.isDigit(c))) {
      int v = 0;
      for (int i = 0; i < s.length() && v < 100_000; i++) {
        v = v * 10 + Character.digit(s.charAt(i), 10);
      }
      return v;
    }
    int total = 0;
    int digit = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = c == '两' ? 2 : c == '零' ? 0 : DIGITS.indexOf(c);
      if (d >= 0) {
        digit = d;
      } else if (c == '十') {
        total += (digit < 0 ? 1 : digit) * 10;
        digit = -1;
      } else if (c == '百') {
        total += (digit < 0 ? 1 : digit) * 100;
        digit = -1;
      } else {
        return -1;
      }
    }
    return total + Math.max(digit, 0);
  }
}
