package org.appwatch.scoring.rules;

import java.util.Locale;

/** How much a breach of a rule weighs in the risk score ({@link #weight()}). */
public enum Severity {
  LOW(1),
  MEDIUM(2),
  HIGH(3),
  CRITICAL(5);

  private final int weight;

  Severity(int weight) {
    this.weight = weight;
  }

  /** The weight in the risk score. */
  public int weight() {
    return weight;
  }

  /** The id used in rule files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
