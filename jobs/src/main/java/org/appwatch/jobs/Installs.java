package org.appwatch.jobs;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lower bound of a store's installs figure as shown: {@code 100000}, {@code 5,000+}, {@code
 * 1.5万+}, {@code 2亿}, {@code 10M+}. Null when there is no number.
 */
final class Installs {
  private static final Pattern NUMBER =
      Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万|亿|[KkMmBb])?");

  private Installs() {}

  static Long min(String shown) {
    if (shown == null) {
      return null;
    }
    Matcher m = NUMBER.matcher(shown.strip());
    if (!m.find()) {
      return null;
    }
    BigDecimal n = new BigDecimal(m.group(1).replace(",", ""));
    String unit = m.group(2) == null ? "" : m.group(2).toUpperCase(java.util.Locale.ROOT);
    long factor =
        switch (unit) {
          case "万" -> 10_000L;
          case "亿" -> 100_000_000L;
          case "K" -> 1_000L;
          case "M" -> 1_000_000L;
          case "B" -> 1_000_000_000L;
          default -> 1L;
        };
    return n.multiply(BigDecimal.valueOf(factor)).longValue();
  }
}
