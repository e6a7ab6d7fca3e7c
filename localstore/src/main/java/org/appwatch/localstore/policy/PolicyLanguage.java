package org.appwatch.localstore.policy;

/** Language and script of a generated policy. */
public enum PolicyLanguage {
  SIMPLIFIED_CHINESE("zh-Hans"),
  TRADITIONAL_CHINESE("zh-Hant"),
  ENGLISH("en");

  private final String tag;

  PolicyLanguage(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag written into the page's {@code lang} attribute. */
  public String tag() {
    return tag;
  }
}
