package org.appwatch.localstore.policy;

import java.util.Map;

/**
 * Appends HTML to a buffer. Template text and placeholder values are both escaped, so templates
 * stay plain text and names or e-mail addresses from a spec can never inject markup. A plain scan
 * instead of a template engine keeps rendering in the tens of microseconds per page.
 */
final class HtmlOut {

  private final StringBuilder out = new StringBuilder(16_384);

  /** Appends trusted markup as is. */
  HtmlOut raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends plain text, escaped. */
  HtmlOut text(String text) {
    escape(text, 0, text.length());
    return this;
  }

  /**
   * Appends a template with each {@code {name}} replaced by its value in {@code vars}, all escaped.
   * An unknown name is kept literally, which makes a typo in a template visible in the page.
   */
  HtmlOut fill(String template, Map<String, String> vars) {
    int from = 0;
    int open;
    while ((open = template.indexOf('{', from)) >= 0) {
      int close = template.indexOf('}', open);
      if (close < 0) {
        break;
      }
      String value = vars.get(template.substring(open + 1, close));
      escape(template, from, open);
      if (value == null) {
        escape(template, open, close + 1);
      } else {
        escape(value, 0, value.length());
      }
      from = close + 1;
    }
    escape(template, from, template.length());
    return this;
  }

  /** Appends {@code <tag>filled template</tag>}. */
  HtmlOut element(String tag, String template, Map<String, String> vars) {
    out.append('<').append(tag).append('>');
    fill(template, vars);
    out.append("</").append(tag).append('>');
    return this;
  }

  /** Fills a template into a plain string, unescaped, for use as an attribute or another value. */
  static String plain(String template, Map<String, String> vars) {
    String result = template;
    for (Map.Entry<String, String> e : vars.entrySet()) {
      result = result.replace("{" + e.getKey() + "}", e.getValue());
    }
    return result;
  }

  private void escape(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
