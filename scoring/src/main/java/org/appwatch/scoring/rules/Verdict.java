package org.appwatch.scoring.rules;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a rule concludes for one app, from worst to best for the roll-up: {@code unknown} ranks
 * above {@code manual-check} and {@code pass} because missing evidence must never look clean.
 */
public enum Verdict {
  VIOLATION(5),
  LIKELY(4),
  UNKNOWN(3),
  MANUAL_CHECK(2),
  PASS(1),
  NOT_APPLICABLE(0);

  private final int rank;

  Verdict(int rank) {
    this.rank = rank;
  }

  /** The id used in files and datasets: {@code manual-check}, {@code not-applicable}, ... */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Higher is worse. */
  public int rank() {
    return rank;
  }

  /** The worse of two verdicts. */
  public Verdict worse(Verdict other) {
    return other.rank > rank ? other : this;
  }

  /**
   * The verdict with {@code id}.
   *
   * @throws IllegalArgumentException for an unknown id
   */
  public static Verdict of(String id) {
    return Arrays.stream(values())
        .filter(v -> v.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown verdict `" + id + "`"));
  }
}
