package org.appwatch.scoring.policy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A regex with its {@link CueAnchors}: {@link #find} first looks for the anchors with {@code
 * indexOf} in the ASCII-lower-cased text and runs the regex only when one occurs. Java's engine
 * tries every alternative of a long term list at every position, so the anchor check is what makes
 * a miss cheap. Same answers as {@code pattern.matcher(text).find()}; immutable and thread-safe.
 */
record AnchoredPattern(Pattern pattern, List<String> anchors) {

  static AnchoredPattern compile(String regex) {
    return new AnchoredPattern(Pattern.compile(regex), CueAnchors.of(regex));
  }

  /** False only when the regex cannot match {@code lower}'s original text; null anchors: true. */
  boolean mayMatch(String lower) {
    if (anchors == null) {
      return true;
    }
    for (String a : anchors) {
      if (lower.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /** As {@code pattern.matcher(text).find()}; {@code lower} is {@link CueAnchors#lower}(text). */
  boolean find(String text, String lower) {
    return mayMatch(lower) && pattern.matcher(text).find();
  }

  boolean find(String text) {
    return find(text, CueAnchors.lower(text));
  }
}
