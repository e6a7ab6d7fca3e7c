package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/** {@code apk.target_sdk_below: 23}: the manifest's targetSdkVersion is below the level given. */
final class ApkTargetSdkBelow implements Predicate {

  @Override
  public String name() {
    return "apk.target_sdk_below";
  }

  @Override
  public String description() {
    return "the APK's targetSdkVersion is below the API level given "
        + "(below 23 all dangerous permissions are granted at install)";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("target_sdk");
  }

  @Override
  public Condition bind(Params params) {
    int level = params.integer();
    return facts -> {
      ApkFacts apk = facts.evidence().apk();
      if (apk == null || apk.targetSdk() == null) {
        return Outcome.unknown("apk targetSdkVersion");
      }
      String shown = String.valueOf(apk.targetSdk());
      Provenance p = Provenance.from(apk.provenance(), "apk", "targetSdkVersion=" + shown);
      return Outcome.of(apk.targetSdk() < level, List.of(p), Map.of("target_sdk", shown));
    };
  }
}
