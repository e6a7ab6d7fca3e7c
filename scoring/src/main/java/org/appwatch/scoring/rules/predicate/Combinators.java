package org.appwatch.scoring.rules.predicate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code all:}, {@code any:} and {@code not:} under Kleene's three-valued logic: {@code all} is
 * false when one part is false, else unknown when one is unknown; {@code any} is true when one part
 * is true, else unknown when one is unknown. So a rule never passes because evidence was missing.
 */
final class Combinators {

  private Combinators() {}

  static Condition all(List<Condition> parts) {
    return facts -> {
      List<Outcome> outcomes = parts.stream().map(p -> p.evaluate(facts)).toList();
      if (outcomes.stream().anyMatch(o -> o.truth() == Truth.FALSE)) {
        return merge(Truth.FALSE, outcomes, Truth.FALSE);
      }
      if (outcomes.stream().anyMatch(o -> o.truth() == Truth.UNKNOWN)) {
        return merge(Truth.UNKNOWN, outcomes, Truth.UNKNOWN);
      }
      return merge(Truth.TRUE, outcomes, Truth.TRUE);
    };
  }

  static Condition any(List<Condition> parts) {
    return facts -> {
      List<Outcome> outcomes = parts.stream().map(p -> p.evaluate(facts)).toList();
      if (outcomes.stream().anyMatch(Outcome::isTrue)) {
        return merge(Truth.TRUE, outcomes, Truth.TRUE);
      }
      if (outcomes.stream().anyMatch(o -> o.truth() == Truth.UNKNOWN)) {
        return merge(Truth.UNKNOWN, outcomes, Truth.UNKNOWN);
      }
      return merge(Truth.FALSE, outcomes, Truth.FALSE);
    };
  }

  static Condition not(Condition part) {
    return facts -> {
      Outcome o = part.evaluate(facts);
      Truth flipped =
          switch (o.truth()) {
            case TRUE -> Truth.FALSE;
            case FALSE -> Truth.TRUE;
            case UNKNOWN -> Truth.UNKNOWN;
          };
      return new Outcome(flipped, o.evidence(), o.values(), o.missing());
    };
  }

  /** Keeps the evidence, values and missing parts of the outcomes whose truth is {@code from}. */
  private static Outcome merge(Truth truth, List<Outcome> outcomes, Truth from) {
    List<Provenance> evidence = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> missing = new LinkedHashSet<>();
    for (Outcome o : outcomes) {
      if (o.truth() == from) {
        evidence.addAll(o.evidence());
        o.values().forEach(values::putIfAbsent);
        missing.addAll(o.missing());
      }
    }
    return new Outcome(truth, evidence, values, new ArrayList<>(missing));
  }
}
