package org.appwatch.localstore.http;

import java.text.NumberFormat;
import java.util.Locale;

/** Escaping and number formatting shared by the HTML pages. */
final class Html {

  private Html() {}

  /** Escapes text for element content and double-quoted attributes. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Play's installs label, e.g. {@code 1,000,000+}. */
  static String installs(long n) {
    return NumberFormat.getIntegerInstance(Locale.US).format(n) + "+";
  }
}
