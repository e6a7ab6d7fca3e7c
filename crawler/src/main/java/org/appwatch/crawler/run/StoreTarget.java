package org.appwatch.crawler.run;

import java.net.URI;

/**
 * A store to crawl: its config (a built-in name or a file) and its base URL. Written as {@code
 * <config>@<base URL>} in settings.
 */
public record StoreTarget(String config, URI base) {

  /**
   * @throws IllegalArgumentException when the text is not {@code config@url}
   */
  public static StoreTarget parse(String text) {
    int at = text.indexOf('@');
    if (at <= 0 || at == text.length() - 1) {
      throw new IllegalArgumentException("a store is <config>@<base URL>, not '" + text + "'");
    }
    return new StoreTarget(text.substring(0, at).trim(), URI.create(text.substring(at + 1).trim()));
  }

  @Override
  public String toString() {
    return config + "@" + base;
  }
}
