package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.ApkFacts.PermissionFact;
import org.appwatch.scoring.rules.evidence.Provenance;

/** {@code apk.dangerous_permissions: {min: 1}}: the APK requests at least min dangerous ones. */
final class ApkDangerousPermissions implements Predicate {

  @Override
  public String name() {
    return "apk.dangerous_permissions";
  }

  @Override
  public String description() {
    return "the APK requests at least `min` permissions of protection level dangerous";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("dangerous_permissions", "dangerous_count");
  }

  @Override
  public Condition bind(Params params) {
    int min = params.object(Set.of("min")).integer("min", 1);
    return facts -> {
      ApkFacts apk = facts.evidence().apk();
      if (apk == null) {
        return Outcome.unknown("apk");
      }
      List<PermissionFact> dangerous = apk.dangerousPermissions();
      List<Provenance> evidence =
          dangerous.stream()
              .map(p -> Provenance.from(p.provenance(), "apk", "uses-permission " + p.name()))
              .toList();
      String names = Snippets.join(dangerous.stream().map(PermissionFact::shortName).toList());
      return Outcome.of(
          dangerous.size() >= min,
          evidence,
          Map.of(
              "dangerous_permissions", names, "dangerous_count", String.valueOf(dangerous.size())));
    };
  }
}
