package org.appwatch.scoring.rules.predicate;

/** A bound condition: a predicate with its parameters, or a combination of conditions. */
@FunctionalInterface
public interface Condition {

  /** Evaluates over one app's facts; never throws for missing evidence (that is UNKNOWN). */
  Outcome evaluate(Facts facts);
}
