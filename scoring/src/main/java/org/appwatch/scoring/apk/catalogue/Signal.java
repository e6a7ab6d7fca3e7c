package org.appwatch.scoring.apk.catalogue;

import java.util.regex.Pattern;

/**
 * One signal of one catalogue entry. A regex signal compiles its regex on first use: a fresh JVM
 * that loads the catalogue would otherwise compile about 700 regexes of which an APK needs a few (a
 * class-pattern regex only runs once its literal run was found in a name). Equality is identity;
 * each signal is made once per detector.
 */
final class Signal {
  private final int entry;
  private final String kind;
  private final String value;
  private final boolean isRegex;
  // Pattern is immutable once built; volatile publishes it safely to other threads.
  private volatile Pattern regex;

  /**
   * @param entry the entry's index in the catalogue
   * @param kind the evidence kind ({@code class-prefix}, {@code component-pattern}, ...)
   * @param value the catalogue value: a name, a prefix or a Java regex
   * @param isRegex whether {@code value} is a regex
   */
  Signal(int entry, String kind, String value, boolean isRegex) {
    this.entry = entry;
    this.kind = kind;
    this.value = value;
    this.isRegex = isRegex;
  }

  int entry() {
    return entry;
  }

  String kind() {
    return kind;
  }

  String value() {
    return value;
  }

  boolean isRegex() {
    return isRegex;
  }

  /** The compiled regex; only for a regex signal. */
  Pattern regex() {
    Pattern p = regex;
    if (p == null) {
      if (!isRegex) {
        throw new IllegalStateException(kind + " " + value + " is not a regex");
      }
      p = Pattern.compile(value);
      regex = p;
    }
    return p;
  }
}
