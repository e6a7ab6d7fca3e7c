package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.ApkFacts.SdkFact;
import org.appwatch.scoring.rules.evidence.Provenance;

/** {@code apk.has_sdk_category: [ads, push]}: an embedded SDK has one of the categories. */
final class ApkHasSdkCategory implements Predicate {

  @Override
  public String name() {
    return "apk.has_sdk_category";
  }

  @Override
  public String description() {
    return "the APK embeds an SDK of one of the categories given "
        + "(`ads`, `analytics`, `push`, `location`, `social-login`, `share`, `payment`, `crash`, ...)";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("category_sdks");
  }

  @Override
  public Condition bind(Params params) {
    List<String> categories = params.strings();
    return facts -> {
      ApkFacts apk = facts.evidence().apk();
      if (apk == null) {
        return Outcome.unknown("apk");
      }
      List<SdkFact> hits =
          apk.sdks().stream()
              .filter(s -> s.categories().stream().anyMatch(categories::contains))
              .toList();
      List<Provenance> evidence =
          hits.stream()
              .map(
                  s ->
                      Provenance.from(
                          s.provenance(), "apk", "SDK " + s.name() + " " + s.categories()))
              .toList();
      String names = Snippets.join(hits.stream().map(SdkFact::name).toList());
      return Outcome.of(!hits.isEmpty(), evidence, Map.of("category_sdks", names));
    };
  }
}
