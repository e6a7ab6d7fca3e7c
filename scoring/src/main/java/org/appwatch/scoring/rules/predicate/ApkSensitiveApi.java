package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.ApkFacts.SensitiveApiFact;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code apk.sensitive_api: {kinds: [device-identifier], outside_app: true}}: DEX code calls a
 * sensitive API of one of the kinds; with {@code outside_app}, from a class outside the app's own
 * package (an embedded SDK).
 */
final class ApkSensitiveApi implements Predicate {

  @Override
  public String name() {
    return "apk.sensitive_api";
  }

  @Override
  public String description() {
    return "DEX code calls a sensitive API of one of `kinds`; with `outside_app: true` only calls "
        + "from classes outside the app's package (embedded SDKs) count";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("sensitive_apis");
  }

  @Override
  public Condition bind(Params params) {
    params.object(Set.of("kinds", "outside_app"));
    List<String> kinds = params.strings("kinds", List.of());
    boolean outside = params.bool("outside_app", false);
    return facts -> {
      ApkFacts apk = facts.evidence().apk();
      if (apk == null) {
        return Outcome.unknown("apk");
      }
      String own = facts.evidence().packageName() + ".";
      List<SensitiveApiFact> hits =
          apk.sensitiveApis().stream()
              .filter(a -> kinds.isEmpty() || kinds.contains(a.kind()))
              .filter(a -> !outside || a.callers().stream().anyMatch(c -> !c.startsWith(own)))
              .toList();
      List<Provenance> evidence =
          hits.stream()
              .map(
                  a ->
                      Provenance.from(
                          a.provenance(),
                          "apk",
                          a.id() + " called from " + Snippets.join(a.callers())))
              .toList();
      String names = Snippets.join(hits.stream().map(SensitiveApiFact::id).toList());
      return Outcome.of(!hits.isEmpty(), evidence, Map.of("sensitive_apis", names));
    };
  }
}
