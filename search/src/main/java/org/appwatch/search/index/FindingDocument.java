package org.appwatch.search.index;

import java.util.List;

/**
 * One rule's finding for one app and crawl in the {@code appwatch-findings} index, as in the {@code
 * findings/v1} dataset.
 */
public record FindingDocument(
    String crawlId,
    String store,
    String packageName,
    String ruleId,
    List<String> methodItems,
    String verdict,
    String severity,
    double confidence,
    String catalogueVersion,
    List<Evidence> evidence)
    implements SearchDocument {

  /** What an inspector is shown, and where it came from. */
  public record Evidence(
      String kind, String snippet, String file, Long offset, String warcRecordId) {}

  public FindingDocument {
    methodItems = methodItems == null ? List.of() : List.copyOf(methodItems);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  @Override
  public String documentId() {
    return crawlId + ":" + store + ":" + packageName + ":" + ruleId;
  }
}
