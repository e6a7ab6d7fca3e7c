package org.appwatch.scoring.policy;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex with its {@link CueAnchors}: {@link #find} first looks for the anchors with {@code
 * indexOf} in the ASCII-lower-cased text and runs the regex only when one occurs. Java's engine
 * tries every alternative of a long term list at every position, so the anchor check is what makes
 * a miss cheap. Same answers as {@code pattern.matcher(text).find()}; immutable and thread-safe.
 */
record AnchoredPattern(Pattern pattern, List<String> anchors, BitSet first) {

  static AnchoredPattern compile(String regex) {
    return new AnchoredPattern(Pattern.compile(regex), CueAnchors.of(regex), FirstChars.of(regex));
  }

  /** A matcher for {@link #next}: regions see the whole text (look-arounds, word boundaries). */
  Matcher matcher(String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /**
   * The next match at or after {@code from}, as {@link Matcher#find()} would, trying the regex only
   * at chars that can start a match ({@link FirstChars}); {@code m} comes from {@link #matcher}.
   */
  boolean next(Matcher m, String text, int from) {
    return FirstChars.next(first, m, text, from);
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
