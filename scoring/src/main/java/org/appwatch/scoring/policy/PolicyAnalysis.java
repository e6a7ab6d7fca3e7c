package org.appwatch.scoring.policy;

import java.util.List;
import java.util.Map;

/**
 * What the analyser found in one policy. When {@code status} is not {@link PolicyStatus#OK}, {@code
 * language}, {@code sha256} and {@code readability} may be null and {@code items} and {@code
 * features} are empty: nothing was read, which is not the same as nothing found.
 *
 * @param items for every policy-decidable Method item (M1.1 … M6.5), the detections of the features
 *     citing it first; an empty list means the policy says nothing the features find
 * @param features the features that fired, and for each whether its meaning is "present", "adverse"
 *     or "denial" (from its YAML file)
 * @param values dates, response times, contact channels, sensitive items and third parties
 */
public record PolicyAnalysis(
    String sourceName,
    PolicyStatus status,
    String statusDetail,
    LanguageInfo language,
    String sha256,
    Readability readability,
    Map<String, List<Detection>> items,
    Map<String, FeatureSummary> features,
    PolicyValues values) {

  /** The Method items the policy analyser decides or hints at, in report order. */
  public static final List<String> ITEMS =
      List.of(
          "M1.1", "M2.1", "M2.2", "M2.3", "M3.4", "M3.6", "M3.8", "M3.9", "M4.5", "M5.3", "M6.1",
          "M6.2", "M6.3", "M6.5");

  /** One feature's outcome: how many sentences fired it and what its presence means. */
  public record FeatureSummary(List<String> cites, String meaning, int sentences) {}

  /** True when at least one feature citing {@code item} first fired. */
  public boolean found(String item) {
    List<Detection> d = items.get(item);
    return d != null && !d.isEmpty();
  }

  static PolicyAnalysis refused(String sourceName, PolicyStatus status, String detail) {
    return new PolicyAnalysis(
        sourceName,
        status,
        detail,
        null,
        null,
        null,
        Map.of(),
        Map.of(),
        new PolicyValues(List.of(), List.of(), List.of(), List.of(), List.of()));
  }
}
