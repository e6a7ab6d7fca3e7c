package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code apk.no_policy_reference: true}: nothing in the APK leads to a policy: no policy URL, no
 * bundled policy page, no string naming the policy.
 */
final class ApkNoPolicyReference implements Predicate {

  @Override
  public String name() {
    return "apk.no_policy_reference";
  }

  @Override
  public String description() {
    return "the APK holds no privacy-policy URL, bundled policy page or string naming the policy; "
        + "parameter `true`";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of();
  }

  @Override
  public Condition bind(Params params) {
    params.requireTrue();
    return facts -> {
      ApkFacts apk = facts.evidence().apk();
      if (apk == null || apk.consent() == null) {
        return Outcome.unknown("apk resources");
      }
      ApkFacts.ConsentFacts c = apk.consent();
      boolean named =
          c.keywords().stream()
              .anyMatch(
                  k ->
                      k.contains("隐私") || k.toLowerCase(java.util.Locale.ROOT).contains("privacy"));
      boolean none = c.policyUrls().isEmpty() && !named;
      String shown = c.policyUrls().isEmpty() ? "no policy URL" : Snippets.join(c.policyUrls());
      return Outcome.of(none, List.of(Provenance.from(c.provenance(), "apk", shown)), Map.of());
    };
  }
}
