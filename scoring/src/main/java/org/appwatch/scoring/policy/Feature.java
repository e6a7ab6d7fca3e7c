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

  private record Cue(String id, Pattern regex, List<Pattern> with, List<Pattern> without) {}

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
                        compileAll(p.with()),
                        compileAll(p.without())))
            .toList();
  }

  private static List<Pattern> compileAll(List<String> regexes) {
    return regexes == null ? List.of() : regexes.stream().map(Pattern::compile).toList();
  }

  public FeatureSpec spec() {
    return spec;
  }

  public String id() {
    return spec.id();
  }

  /** The detection for {@code sentence}, or null when no pattern fires. */
  Detection detect(Sentence sentence, NegationRule rule) {
    String text = sentence.text();
    for (Cue cue : cues) {
      if (!cue.with().stream().allMatch(p -> p.matcher(text).find())
          || cue.without().stream().anyMatch(p -> p.matcher(text).find())) {
        continue;
      }
      Matcher m = cue.regex().matcher(text);
      while (m.find()) {
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
            text,
            sentence.heading(),
            sentence.start(),
            sentence.end(),
            cue.id(),
            m.group(),
            negated,
            exception);
      }
    }
    return null;
  }
}
