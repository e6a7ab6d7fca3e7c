package org.appwatch.scoring.policy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled {@link FeatureSpec}: finds the first pattern that fires in a sentence under the
 * feature's negation and scope settings. Immutable and thread-safe.
 */
public final class Feature {

  /** What negation means for a feature; see {@code negation.yaml}. */
  public enum Negation {
    SKIP,
    ONLY,
    IGNORE
  }

  private record Cue(
      String id,
      Pattern regex,
      java.util.BitSet first,
      List<List<String>> required,
      List<AnchoredPattern> with,
      List<AnchoredPattern> without) {

    /** False when some mandatory element's anchors are all missing from {@code lower}. */
    boolean possible(String lower) {
      for (List<String> anyOf : required) {
        boolean found = false;
        for (int i = 0; i < anyOf.size() && !found; i++) {
          found = lower.contains(anyOf.get(i));
        }
        if (!found) {
          return false;
        }
      }
      return true;
    }

    /** False when some co-occurring term cannot occur in {@code lowerContext}. */
    boolean withPossible(String lowerContext) {
      for (AnchoredPattern p : with) {
        if (!p.mayMatch(lowerContext)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Finds the next match starting at or after {@code from}, as {@link Matcher#find()} would, but
     * tries the regex only at positions holding a possible first character: Java's engine would
     * otherwise try every alternative at every position.
     */
    boolean next(Matcher m, String text, int from) {
      return FirstChars.next(first, m, text, from);
    }
  }

  private final FeatureSpec spec;
  private final Negation negation;
  private final boolean firstPartyOnly;
  private final List<Cue> cues;

  Feature(FeatureSpec spec) {
    this.spec = spec;
    this.negation = Negation.valueOf(spec.negation().toUpperCase(java.util.Locale.ROOT));
    this.firstPartyOnly = "first-party".equals(spec.subject());
    this.cues =
        spec.patterns().stream()
            .map(
                p ->
                    new Cue(
                        p.id(),
                        Pattern.compile(p.regex()),
                        FirstChars.of(p.regex()),
                        CueAnchors.required(p.regex()),
                        compileAll(p.with()),
                        compileAll(p.without())))
            .toList();
  }

  private static List<AnchoredPattern> compileAll(List<String> regexes) {
    return regexes == null ? List.of() : regexes.stream().map(AnchoredPattern::compile).toList();
  }

  /** True when every co-occurring term occurs in the context and no excluded term in the text. */
  private static boolean cooccurrence(Cue cue, SentenceView view) {
    // Anchors first (lower-cased context, a superset of the text): most sentences lack the terms.
    for (AnchoredPattern p : cue.with()) {
      if (!p.find(view.context(), view.lowerContext())) {
        return false;
      }
    }
    for (AnchoredPattern p : cue.without()) {
      if (p.mayMatch(view.lowerContext()) && p.pattern().matcher(view.folded()).find()) {
        return false;
      }
    }
    return true;
  }

  public FeatureSpec spec() {
    return spec;
  }

  public String id() {
    return spec.id();
  }

  /** The cue regexes in order, for {@link CuePrefilter}. */
  List<String> cueRegexes() {
    return cues.stream().map(c -> c.regex().pattern()).toList();
  }

  /** The detection for {@code sentence}, or null when no pattern fires. */
  Detection detect(Sentence sentence, NegationRule rule) {
    return detect(SentenceView.of(sentence), rule);
  }

  /**
   * As {@link #detect(Sentence, NegationRule)} on a prepared view: cues match the text folded to
   * Simplified Chinese (the evidence quotes the original); patterns whose id starts with "zh." run
   * on sentences with Han characters, "en." on sentences mostly in Latin letters, any other prefix
   * on every sentence.
   */
  Detection detect(SentenceView view, NegationRule rule) {
    return detect(view, rule, null, 0);
  }

  /**
   * As {@link #detect(SentenceView, NegationRule)}, trying only the cues whose number ({@code
   * first} plus the cue's position) is in {@code candidates}; null tries all.
   */
  Detection detect(SentenceView view, NegationRule rule, java.util.BitSet candidates, int first) {
    if (view.inert() && negation != Negation.IGNORE) {
      return null;
    }
    Sentence sentence = view.sentence();
    SentenceLanguage language = view.language();
    String text = view.folded();
    for (int c = 0; c < cues.size(); c++) {
      Cue cue = cues.get(c);
      if (candidates != null && !candidates.get(first + c)) {
        continue;
      }
      if ((cue.id().startsWith("zh.") && !language.chinese())
          || (cue.id().startsWith("en.") && !language.english())) {
        continue;
      }
      if (!cue.possible(view.lowerContext()) || !cue.withPossible(view.lowerContext())) {
        // "A…B" cues: A's anchor occurs (prefilter) but B's does not; or a co-occurring term's
        // anchors are missing, so cooccurrence would fail whatever the cue matched.
        continue;
      }
      Matcher m = cue.regex().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      // The cue is cheap thanks to the first-character filter; co-occurring terms come after it.
      if (!cue.next(m, text, 0) || !cooccurrence(cue, view)) {
        continue;
      }
      do {
        if (firstPartyOnly && rule.otherPartySubject(text, m.start())) {
          continue;
        }
        boolean negated = negation != Negation.IGNORE && rule.negated(text, m.start());
        if ((negation == Negation.SKIP && negated) || (negation == Negation.ONLY && !negated)) {
          continue;
        }
        boolean exception = negated && rule.hasException(text);
        return new Detection(
            spec.id(),
            spec.cites(),
            sentence.index(),
            sentence.text(),
            sentence.heading(),
            sentence.start(),
            sentence.end(),
            cue.id(),
            sentence.text().substring(m.start(), m.end()),
            negated,
            exception);
      } while (cue.next(m, text, Math.max(m.end(), m.start() + 1)));
    }
    return null;
  }
}
