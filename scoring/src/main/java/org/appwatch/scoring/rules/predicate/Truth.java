package org.appwatch.scoring.rules.predicate;

/** Three-valued truth: a condition over missing evidence is {@link #UNKNOWN}, never false. */
public enum Truth {
  TRUE,
  FALSE,
  UNKNOWN
}
