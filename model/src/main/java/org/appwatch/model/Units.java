package org.appwatch.model;

import java.time.Duration;
import java.util.Locale;

/** Parses the human units used in settings: durations ({@code 30s}) and sizes ({@code 64MB}). */
final class Units {
  private Units() {}

  static Duration duration(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    if (s.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
    }
    long n = Long.parseLong(s.substring(0, s.length() - 1));
    return switch (s.charAt(s.length() - 1)) {
      case 's' -> Duration.ofSeconds(n);
      case 'm' -> Duration.ofMinutes(n);
      case 'h' -> Duration.ofHours(n);
      default -> throw new IllegalArgumentException(text);
    };
  }

  static long bytes(String text) {
    String s = text.toUpperCase(Locale.ROOT);
    long unit = 1;
    for (String suffix : new String[] {"KB", "MB", "GB"}) {
      unit *= 1024;
      if (s.endsWith(suffix)) {
        return Math.multiplyExact(Long.parseLong(s.substring(0, s.length() - 2)), unit);
      }
    }
    return Long.parseLong(s.endsWith("B") ? s.substring(0, s.length() - 1) : s);
  }
}
