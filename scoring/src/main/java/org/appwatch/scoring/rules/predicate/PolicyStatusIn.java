package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.appwatch.scoring.rules.evidence.PolicyFacts;
import org.appwatch.scoring.rules.evidence.PolicyFacts.Status;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code policy.status_in: [no_policy_text, login_wall]}: the policy fetch ended in one of the
 * states. Unknown only when no policy was fetched at all.
 */
final class PolicyStatusIn implements Predicate {

  @Override
  public String name() {
    return "policy.status_in";
  }

  @Override
  public String description() {
    return "the policy page's analysis status is one of those given (`ok`, `no_policy_text`, "
        + "`too_short`, `not_machine_readable`, `document_link_only`, `image_only`, `login_wall`, `too_large`)";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("policy_status");
  }

  @Override
  public Condition bind(Params params) {
    Set<Status> states =
        params.strings().stream()
            .map(s -> parse(params, s))
            .collect(Collectors.toUnmodifiableSet());
    return facts -> {
      PolicyFacts policy = facts.evidence().policy();
      if (policy == null || policy.status() == null) {
        return Outcome.unknown("policy");
      }
      String shown = policy.status().name().toLowerCase(Locale.ROOT);
      Provenance p = Provenance.from(policy.provenance(), "policy", "policy status " + shown);
      return Outcome.of(
          states.contains(policy.status()), List.of(p), Map.of("policy_status", shown));
    };
  }

  private static Status parse(Params params, String s) {
    try {
      return Status.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(params.predicate() + ": unknown status `" + s + "`");
    }
  }
}
