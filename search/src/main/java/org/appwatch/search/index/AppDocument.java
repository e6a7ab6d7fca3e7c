package org.appwatch.search.index;

import java.util.List;

/**
 * An app's latest state in the {@code appwatch-apps} index: its listing, policy text and scores,
 * with the facets search filters on. Lists are never null (a missing one reads as empty); text
 * fields may be null.
 *
 * @param installsMin lower bound of the store's installs figure; null when unknown
 * @param items the Method items (M1.1 … M6.5) whose rolled-up verdict is {@code violation} or
 *     {@code likely}
 * @param verdicts the distinct rolled-up verdicts of the app's Method items
 * @param riskScore higher is riskier; search sorts by it
 */
public record AppDocument(
    String store,
    String packageName,
    String crawlId,
    String title,
    String developer,
    String category,
    Long installsMin,
    String description,
    String policyUrl,
    String policySha256,
    String policyText,
    List<String> sdks,
    List<String> permissions,
    List<String> items,
    List<String> verdicts,
    double riskScore,
    int priority)
    implements SearchDocument {

  public AppDocument {
    sdks = orEmpty(sdks);
    permissions = orEmpty(permissions);
    items = orEmpty(items);
    verdicts = orEmpty(verdicts);
  }

  /** Null when read from a document that lacks the field. */
  private static List<String> orEmpty(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  @Override
  public String documentId() {
    return store + ":" + packageName;
  }
}
