package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ApkFacts.SdkFact;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code cross.undisclosed_sdks: {min: 1, categories: [ads]}}: at least min embedded SDKs (of the
 * categories, when given) are named nowhere in the policy.
 */
final class CrossUndisclosedSdks implements Predicate {

  @Override
  public String name() {
    return "cross.undisclosed_sdks";
  }

  @Override
  public String description() {
    return "at least `min` SDKs found in the APK (optionally only of `categories`) are not named "
        + "in the policy (names, aliases, documented normalisation)";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("undisclosed_sdks");
  }

  @Override
  public Condition bind(Params params) {
    params.object(Set.of("min", "categories"));
    int min = params.integer("min", 1);
    List<String> categories = params.strings("categories", List.of());
    return facts -> {
      if (facts.cross() == null) {
        return Outcome.unknown("apk and policy text");
      }
      List<SdkFact> hits =
          facts.cross().undisclosedSdks().stream()
              .filter(
                  s ->
                      categories.isEmpty()
                          || s.categories().stream().anyMatch(categories::contains))
              .toList();
      List<Provenance> evidence =
          hits.stream()
              .map(
                  s ->
                      Provenance.from(
                          s.provenance(), "cross", "SDK " + s.name() + " not named in policy"))
              .toList();
      String names = Snippets.join(hits.stream().map(SdkFact::name).toList());
      return Outcome.of(hits.size() >= min, evidence, Map.of("undisclosed_sdks", names));
    };
  }
}
