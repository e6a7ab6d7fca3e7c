package org.appwatch.scoring.rules.predicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.PolicyFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code policy.readability: {mean_sentence_chars_above: 120, jargon_share_above: 0.04,
 * chars_above: 40000}}: a readability figure of the policy exceeds one of the thresholds given.
 */
final class PolicyReadability implements Predicate {

  private static final Set<String> KEYS =
      Set.of("mean_sentence_chars_above", "jargon_share_above", "chars_above");

  @Override
  public String name() {
    return "policy.readability";
  }

  @Override
  public String description() {
    return "a readability figure exceeds a threshold given: `mean_sentence_chars_above`, "
        + "`jargon_share_above`, `chars_above` (each optional)";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("readability");
  }

  @Override
  public Condition bind(Params params) {
    params.object(KEYS);
    double mean = params.number("mean_sentence_chars_above", Double.MAX_VALUE);
    double jargon = params.number("jargon_share_above", Double.MAX_VALUE);
    double chars = params.number("chars_above", Double.MAX_VALUE);
    return facts -> {
      if (!facts.evidence().policyRead() || facts.evidence().policy().readability() == null) {
        return Outcome.unknown("policy text");
      }
      PolicyFacts policy = facts.evidence().policy();
      PolicyFacts.Readability r = policy.readability();
      List<String> over = new ArrayList<>();
      if (r.meanSentenceChars() > mean) {
        over.add(String.format(Locale.ROOT, "mean sentence %.0f chars", r.meanSentenceChars()));
      }
      if (r.jargonShare() > jargon) {
        over.add(String.format(Locale.ROOT, "jargon share %.3f", r.jargonShare()));
      }
      if (r.chars() > chars) {
        over.add(r.chars() + " chars");
      }
      String shown =
          String.format(
              Locale.ROOT,
              "%d chars, %d sentences, mean %.0f, jargon %.3f",
              r.chars(),
              r.sentences(),
              r.meanSentenceChars(),
              r.jargonShare());
      Provenance p = Provenance.from(policy.provenance(), "policy", shown);
      String value = over.isEmpty() ? shown : String.join("; ", over);
      return Outcome.of(!over.isEmpty(), List.of(p), Map.of("readability", value));
    };
  }
}
