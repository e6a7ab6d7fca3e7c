package org.appwatch.scoring.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One policy feature as written in its YAML resource under {@code items/}: what it detects, the
 * Method items it cites, the cue patterns, and the examples that must and must not match. Loaded by
 * {@link FeatureCatalog}; {@code why} documents the cue choice and is not used at run time.
 *
 * @param meaning "present" (absence is the finding), "adverse" (presence is the finding) or
 *     "denial" (a promise checked against the app's behaviour, M3.9)
 * @param negation "skip", "only" or "ignore"; see {@code negation.yaml}
 * @param subject "first-party" to ignore clauses whose subject is another party, else null
 * @param extract the name of a value extractor run on this feature's detections, or null
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record FeatureSpec(
    String id,
    List<String> cites,
    String title,
    String meaning,
    String negation,
    String subject,
    String extract,
    String why,
    List<PatternSpec> patterns,
    Examples examples) {

  /**
   * A cue: {@code regex} finds the cue in a sentence; every regex of {@code with} must also occur
   * in the sentence and none of {@code without}.
   */
  public record PatternSpec(String id, String regex, List<String> with, List<String> without) {}

  /** Sentences the feature must detect and sentences it must not. */
  public record Examples(List<String> match, List<String> nomatch) {}
}
