package org.appwatch.scoring.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The negation and scope rule documented in {@code negation.yaml}: whether a cue match is negated
 * within its clause, whether a negated statement carries an exception, and whether a clause's
 * subject is another party. Immutable and thread-safe.
 */
public final class NegationRule {

  private final AnchoredPattern cues;
  private final Pattern notNegations;
  private final Pattern clauseBreaks;
  private final AnchoredPattern exceptions;
  private final Pattern otherParty;

  NegationRule(
      String cues, String notNegations, String clauseBreaks, String exceptions, String otherParty) {
    this.cues = AnchoredPattern.compile(cues);
    this.notNegations = Pattern.compile(notNegations);
    this.clauseBreaks = Pattern.compile(clauseBreaks);
    this.exceptions = AnchoredPattern.compile(exceptions);
    this.otherParty = Pattern.compile(otherParty);
  }

  /**
   * True when a negation cue precedes {@code matchStart} in the same clause of {@code sentence}.
   */
  public boolean negated(String sentence, int matchStart) {
    // No negation cue anywhere before the match: none in its clause, and no clause search needed.
    if (!cues.mayMatch(CueAnchors.lower(sentence.substring(0, matchStart)))) {
      return false;
    }
    String clause = sentence.substring(clauseStart(sentence, matchStart), matchStart);
    // Most clauses hold no negation cue at all; blanking out non-negations cannot add one.
    if (clause.isEmpty() || !cues.mayMatch(CueAnchors.lower(clause))) {
      return false;
    }
    String cleaned = notNegations.matcher(clause).replaceAll("_");
    return cues.pattern().matcher(cleaned).find();
  }

  /** True when the sentence carries an exception to what it denies ("但以下情况除外", "unless"). */
  public boolean hasException(String sentence) {
    return exceptions.find(sentence);
  }

  /** True when the clause holding {@code matchStart} has another party as its subject. */
  public boolean otherPartySubject(String sentence, int matchStart) {
    int start = clauseStart(sentence, matchStart);
    return otherParty.matcher(sentence.substring(start, matchStart)).find();
  }

  private int clauseStart(String sentence, int matchStart) {
    Matcher m = clauseBreaks.matcher(sentence);
    m.region(0, matchStart);
    int start = 0;
    while (m.find()) {
      start = m.end();
    }
    return start;
  }
}
