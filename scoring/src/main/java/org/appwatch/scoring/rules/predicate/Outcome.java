package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * The result of a condition: its truth, the evidence it rests on (kept for false outcomes too, so
 * that {@code not:} can pass it on), the values it offers to the inspector wording's placeholders,
 * and for unknown outcomes which evidence was missing.
 */
public record Outcome(
    Truth truth, List<Provenance> evidence, Map<String, String> values, List<String> missing) {

  public Outcome {
    evidence = List.copyOf(evidence);
    values = Map.copyOf(values);
    missing = List.copyOf(missing);
  }

  /** A true outcome. */
  public static Outcome holds(List<Provenance> evidence, Map<String, String> values) {
    return new Outcome(Truth.TRUE, evidence, values, List.of());
  }

  /** A false outcome, with the evidence that shows it false (may be empty). */
  public static Outcome fails(List<Provenance> evidence, Map<String, String> values) {
    return new Outcome(Truth.FALSE, evidence, values, List.of());
  }

  /** True or false, as {@code truth} says. */
  public static Outcome of(boolean truth, List<Provenance> evidence, Map<String, String> values) {
    return truth ? holds(evidence, values) : fails(evidence, values);
  }

  /** Unknown because {@code what} ({@code apk}, {@code policy text}, ...) is missing. */
  public static Outcome unknown(String what) {
    return new Outcome(Truth.UNKNOWN, List.of(), Map.of(), List.of(what));
  }

  /** True when the truth is {@link Truth#TRUE}. */
  public boolean isTrue() {
    return truth == Truth.TRUE;
  }
}
