package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ApkFacts.PermissionFact;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code cross.permissions_without_purpose: {min: 1}}: at least min dangerous permissions have no
 * purpose stated in the policy.
 */
final class CrossPermissionsWithoutPurpose implements Predicate {

  @Override
  public String name() {
    return "cross.permissions_without_purpose";
  }

  @Override
  public String description() {
    return "at least `min` dangerous permissions of the APK have no purpose stated for their "
        + "personal-data items in the policy";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("permissions_without_purpose");
  }

  @Override
  public Condition bind(Params params) {
    int min = params.object(Set.of("min")).integer("min", 1);
    return facts -> {
      if (facts.cross() == null) {
        return Outcome.unknown("apk and policy text");
      }
      List<PermissionFact> hits = facts.cross().permissionsWithoutPurpose();
      List<Provenance> evidence =
          hits.stream()
              .map(
                  p ->
                      Provenance.from(
                          p.provenance(), "cross", p.name() + ": no purpose stated in policy"))
              .toList();
      String names = Snippets.join(hits.stream().map(PermissionFact::shortName).toList());
      return Outcome.of(hits.size() >= min, evidence, Map.of("permissions_without_purpose", names));
    };
  }
}
