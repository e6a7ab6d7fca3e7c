package org.appwatch.scoring.rules;

import java.util.Locale;

/**
 * How a rule decides its items, with the verdicts it gives by default when its condition holds and
 * when it does not (a rule file may override both).
 */
public enum RuleKind {
  /** Static evidence decides the item. */
  AUTOMATED(Verdict.VIOLATION, Verdict.PASS),
  /** Static evidence raises a likely breach an inspector confirms; nothing raised is a pass. */
  STATIC_HINT(Verdict.LIKELY, Verdict.PASS),
  /** Only an inspector can decide (dynamic or back-end behaviour); a task when it applies. */
  MANUAL(Verdict.MANUAL_CHECK, Verdict.NOT_APPLICABLE);

  private final Verdict onMatch;
  private final Verdict otherwise;

  RuleKind(Verdict onMatch, Verdict otherwise) {
    this.onMatch = onMatch;
    this.otherwise = otherwise;
  }

  /** The id used in rule files: {@code automated}, {@code static-hint}, {@code manual}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public Verdict onMatch() {
    return onMatch;
  }

  public Verdict otherwise() {
    return otherwise;
  }

  /** The kind with {@code id}, or an exception listing the valid ids. */
  public static RuleKind of(String id) {
    for (RuleKind k : values()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown kind `" + id + "`, expected automated, static-hint or manual");
  }
}
