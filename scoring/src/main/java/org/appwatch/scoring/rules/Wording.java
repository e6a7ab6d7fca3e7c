package org.appwatch.scoring.rules;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text an inspector sees, in Chinese and English, with {@code {placeholder}}s filled from the
 * evidence.
 */
public record Wording(String zh, String en) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

  /** The placeholders used in either language. */
  public Set<String> placeholders() {
    Set<String> names = new LinkedHashSet<>();
    for (String text : new String[] {zh, en}) {
      Matcher m = PLACEHOLDER.matcher(text);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** The wording with placeholders replaced; a placeholder without a value becomes "-". */
  public Wording fill(Map<String, String> values) {
    return new Wording(fill(zh, values), fill(en, values));
  }

  private static String fill(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      m.appendReplacement(b, Matcher.quoteReplacement(v == null || v.isEmpty() ? "-" : v));
    }
    m.appendTail(b);
    return b.toString().strip();
  }
}
