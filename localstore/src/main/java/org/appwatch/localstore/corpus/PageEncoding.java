package org.appwatch.localstore.corpus;

/**
 * How a page's bytes are encoded and labelled. Real Chinese stores and developer sites serve GBK,
 * sometimes labelled only in the markup and sometimes mislabelled.
 */
public enum PageEncoding {
  /** UTF-8, labelled {@code charset=utf-8} in Content-Type. */
  UTF8,
  /** GBK, labelled {@code charset=GBK} in Content-Type. */
  GBK_HEADER,
  /** GBK, no charset in Content-Type; HTML pages carry {@code <meta charset="gbk">}. */
  GBK_META_ONLY,
  /** GBK, no charset anywhere. */
  GBK_NO_LABEL,
  /** GBK bytes labelled {@code charset=utf-8}: a wrong label. */
  GBK_MISLABELLED_UTF8;

  /** True when the body bytes are GBK. */
  public boolean gbk() {
    return this != UTF8;
  }

  /** The Content-Type charset parameter, or null when the header carries none. */
  public String headerCharset() {
    return switch (this) {
      case UTF8, GBK_MISLABELLED_UTF8 -> "utf-8";
      case GBK_HEADER -> "GBK";
      case GBK_META_ONLY, GBK_NO_LABEL -> null;
    };
  }
}
