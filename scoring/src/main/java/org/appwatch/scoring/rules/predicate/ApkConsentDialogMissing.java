package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/** {@code apk.consent_dialog_missing: true}: no consent-dialog strings in the APK's resources. */
final class ApkConsentDialogMissing implements Predicate {

  @Override
  public String name() {
    return "apk.consent_dialog_missing";
  }

  @Override
  public String description() {
    return "the APK's resources hold no consent-dialog strings (a policy term together with "
        + "agree/disagree); parameter `true`";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("consent_keywords");
  }

  @Override
  public Condition bind(Params params) {
    params.requireTrue();
    return facts -> {
      ApkFacts apk = facts.evidence().apk();
      if (apk == null || apk.consent() == null) {
        return Outcome.unknown("apk resources");
      }
      String keywords =
          apk.consent().keywords().isEmpty() ? "-" : Snippets.join(apk.consent().keywords());
      Provenance p =
          Provenance.from(apk.consent().provenance(), "apk", "consent keywords: " + keywords);
      return Outcome.of(
          !apk.consent().dialogLikely(), List.of(p), Map.of("consent_keywords", keywords));
    };
  }
}
