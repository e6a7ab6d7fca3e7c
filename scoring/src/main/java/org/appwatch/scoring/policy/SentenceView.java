package org.appwatch.scoring.policy;

import java.util.regex.Pattern;

/**
 * What the features read of one sentence: the text folded to Simplified Chinese ({@link
 * ScriptFold}, same offsets), which language-specific cues apply, and whether the sentence only
 * defines a term or heads a table. Definitions ("注销：是指…", "Closed account: in this policy, …", any
 * sentence of a 定义/释义/Definitions section) and table header rows state no practice, so features
 * that read statements skip them; dates and contact channels (negation: ignore) do not.
 *
 * <p>{@code context} is what co-occurring terms ({@code with}) are looked for in: the folded text,
 * followed by the next sentence's when this one ends in a semicolon, which joins two clauses of one
 * statement ("…我们需要收集您的个人信息；如您不同意，我们将无法…"). {@code lowerContext} is the context ASCII-lower-cased,
 * where {@link CueAnchors} are looked for.
 */
record SentenceView(
    Sentence sentence,
    String folded,
    String context,
    String lowerContext,
    SentenceLanguage language,
    boolean inert) {

  private static final Pattern DEFINITION =
      Pattern.compile(
          "^[^，。；,;]{1,24}[：:]\\s*(本政策中的|本政策所称的?|本指引中的|是指|指|系指|即指|(?i)in this policy\\b|means\\b|refers to\\b|an? (kind|type|form) of\\b)");
  private static final Pattern DEFINITION_HEADING =
      Pattern.compile("定义|释义|名词解释|术语|(?i)definitions|glossary|interpretation");

  static SentenceView of(Sentence s) {
    return of(s, null);
  }

  /** The view of {@code s}; {@code next} is the following sentence, or null. */
  static SentenceView of(Sentence s, Sentence next) {
    return of(s, next, definitionSection(s.heading()));
  }

  /** True when a section with this heading defines terms (its sentences state no practice). */
  static boolean definitionSection(String heading) {
    return DEFINITION_HEADING.matcher(ScriptFold.fold(heading)).find();
  }

  /**
   * As {@link #of(Sentence, Sentence)}, with {@link #definitionSection} of the sentence's heading
   * already known: it is the same for every sentence of a section.
   */
  static SentenceView of(Sentence s, Sentence next, boolean definitionSection) {
    String folded = ScriptFold.fold(s.text());
    String context = folded;
    if (next != null
        && (folded.endsWith("；") || folded.endsWith(";"))
        && next.section() == s.section()) {
      context = folded + ScriptFold.fold(next.text());
    }
    boolean inert =
        (colonNearStart(folded) && DEFINITION.matcher(folded).lookingAt())
            || definitionSection
            || headerRow(s);
    return new SentenceView(
        s, folded, context, CueAnchors.lower(context), SentenceLanguage.of(s.text()), inert);
  }

  /** A colon at chars 1–24, where {@code DEFINITION} needs one: most sentences have none. */
  private static boolean colonNearStart(String folded) {
    for (int i = 1; i < Math.min(25, folded.length()); i++) {
      char c = folded.charAt(i);
      if (c == '：' || c == ':') {
        return true;
      }
    }
    return false;
  }

  /** A table row of short label cells without sentence punctuation: a header, not a statement. */
  private static boolean headerRow(Sentence s) {
    if (s.kind() != Block.Kind.TABLE_ROW) {
      return false;
    }
    for (String cell : s.text().split("\\|")) {
      String c = cell.strip();
      if (c.length() > 12 || c.matches(".*[，。；,;\\d].*")) {
        return false;
      }
    }
    return true;
  }
}
