package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ListingFacts;
import org.appwatch.scoring.rules.evidence.ListingFacts.PolicyLink;
import org.appwatch.scoring.rules.evidence.Provenance;

/** {@code listing.policy_link: [missing, dead]}: the listing's policy link is in one state. */
final class ListingPolicyLink implements Predicate {

  @Override
  public String name() {
    return "listing.policy_link";
  }

  @Override
  public String description() {
    return "the store listing's privacy-policy link is in one of the states given "
        + "(`present`, `missing`, `dead`)";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("policy_link");
  }

  @Override
  public Condition bind(Params params) {
    Set<PolicyLink> states =
        params.strings().stream()
            .map(s -> parse(params, s))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    return facts -> {
      ListingFacts l = facts.evidence().listing();
      if (l == null || l.policyLink() == null) {
        return Outcome.unknown("listing");
      }
      String state = l.policyLink().name().toLowerCase(java.util.Locale.ROOT);
      String shown = l.policyUrl() == null ? state : state + " (" + l.policyUrl() + ")";
      Provenance p = Provenance.from(l.provenance(), "listing", "policy link " + shown);
      return Outcome.of(states.contains(l.policyLink()), List.of(p), Map.of("policy_link", shown));
    };
  }

  private static PolicyLink parse(Params params, String s) {
    try {
      return PolicyLink.valueOf(s.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(params.predicate() + ": unknown link state `" + s + "`");
    }
  }
}
