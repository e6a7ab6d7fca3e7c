package org.appwatch.search.index;

/** One privacy-policy text as one app linked it, in the {@code appwatch-policies} index. */
public record PolicyDocument(
    String policySha256,
    String store,
    String packageName,
    String crawlId,
    String url,
    String language,
    String text,
    String warcRecordId)
    implements SearchDocument {

  @Override
  public String documentId() {
    return store + ":" + packageName + ":" + policySha256;
  }
}
