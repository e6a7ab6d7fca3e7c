package org.appwatch.scoring.rules.predicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.CrossFacts.Contradiction;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code cross.denial_contradicted: [location, sharing]}: the policy denies one of the practices
 * and the APK shows it (a location permission or SDK; any embedded SDK for sharing).
 */
final class CrossDenialContradicted implements Predicate {

  private static final Set<String> PRACTICES = Set.of("location", "sharing");

  @Override
  public String name() {
    return "cross.denial_contradicted";
  }

  @Override
  public String description() {
    return "the policy denies one of the practices given (`location`, `sharing`) and the APK "
        + "shows it";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("denial", "contradicted_by");
  }

  @Override
  public Condition bind(Params params) {
    List<String> practices = params.strings();
    for (String p : practices) {
      if (!PRACTICES.contains(p)) {
        throw new IllegalArgumentException(name() + ": unknown practice `" + p + "`");
      }
    }
    return facts -> {
      if (facts.cross() == null) {
        return Outcome.unknown("apk and policy text");
      }
      List<Contradiction> hits =
          facts.cross().contradictions().stream()
              .filter(c -> practices.contains(c.practice()))
              .toList();
      if (hits.isEmpty()) {
        return Outcome.fails(List.of(), Map.of());
      }
      List<Provenance> evidence = new ArrayList<>();
      hits.forEach(
          c -> {
            evidence.add(c.denial());
            evidence.addAll(c.shown());
          });
      Contradiction first = hits.get(0);
      String denial =
          first.denial().snippet() == null ? first.practice() : first.denial().snippet();
      String shown = Snippets.join(first.shown().stream().map(Provenance::snippet).toList());
      return Outcome.holds(evidence, Map.of("denial", denial, "contradicted_by", shown));
    };
  }
}
