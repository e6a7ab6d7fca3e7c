package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ApkFacts.SensitiveApiFact;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code cross.undisclosed_apis: {min: 1}}: DEX code calls sensitive APIs whose personal-data items
 * the policy never mentions (collection beyond the stated scope, a hint for M3.3).
 */
final class CrossUndisclosedApis implements Predicate {

  @Override
  public String name() {
    return "cross.undisclosed_apis";
  }

  @Override
  public String description() {
    return "at least `min` sensitive APIs called in DEX reach personal data the policy never "
        + "mentions";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("undisclosed_apis");
  }

  @Override
  public Condition bind(Params params) {
    int min = params.object(Set.of("min")).integer("min", 1);
    return facts -> {
      if (facts.cross() == null) {
        return Outcome.unknown("apk and policy text");
      }
      List<SensitiveApiFact> hits = facts.cross().undisclosedApiKinds();
      List<Provenance> evidence =
          hits.stream()
              .map(a -> Provenance.from(a.provenance(), "cross", a.id() + " (" + a.kind() + ")"))
              .toList();
      String names = Snippets.join(hits.stream().map(a -> a.id() + " (" + a.kind() + ")").toList());
      return Outcome.of(hits.size() >= min, evidence, Map.of("undisclosed_apis", names));
    };
  }
}
