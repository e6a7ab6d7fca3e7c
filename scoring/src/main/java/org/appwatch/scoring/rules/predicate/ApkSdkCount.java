package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.ApkFacts.SdkFact;
import org.appwatch.scoring.rules.evidence.Provenance;

/** {@code apk.sdk_count: {min: 1}}: the APK embeds at least min third-party SDKs. */
final class ApkSdkCount implements Predicate {

  @Override
  public String name() {
    return "apk.sdk_count";
  }

  @Override
  public String description() {
    return "the APK embeds at least `min` third-party SDKs of any category";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("sdks");
  }

  @Override
  public Condition bind(Params params) {
    int min = params.object(Set.of("min")).integer("min", 1);
    return facts -> {
      ApkFacts apk = facts.evidence().apk();
      if (apk == null) {
        return Outcome.unknown("apk");
      }
      List<Provenance> evidence =
          apk.sdks().stream()
              .map(s -> Provenance.from(s.provenance(), "apk", "SDK " + s.name()))
              .toList();
      String names = Snippets.join(apk.sdks().stream().map(SdkFact::name).toList());
      return Outcome.of(apk.sdks().size() >= min, evidence, Map.of("sdks", names));
    };
  }
}
