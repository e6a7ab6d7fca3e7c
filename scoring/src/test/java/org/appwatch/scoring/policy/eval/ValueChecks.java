package org.appwatch.scoring.policy.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.appwatch.localstore.policy.Clause;
import org.appwatch.localstore.policy.PolicySpec;
import org.appwatch.scoring.policy.PermissionItems;
import org.appwatch.scoring.policy.PolicyAnalysis;
import org.appwatch.scoring.policy.PolicyValues;
import org.appwatch.scoring.policy.SdkNames;

/**
 * Compares the values the analyser extracted with the spec the policy was written from. Each check
 * runs only where the spec's clauses put the value into the text, and records (question, right).
 */
final class ValueChecks {

  private ValueChecks() {}

  static void check(PolicySpec spec, PolicyAnalysis a, BiConsumer<String, Boolean> record) {
    Set<Clause> c = spec.clauses();
    PolicyValues v = a.values();
    if (c.contains(Clause.EFFECTIVE_AND_UPDATED_DATES)) {
      record.accept("dates", hasDate(v, "effective", spec) && hasDate(v, "updated", spec));
    }
    if (c.contains(Clause.RESPONSE_TIME_LIMIT)) {
      boolean right =
          !v.responseTimes().isEmpty()
              && v.responseTimes().stream()
                  .allMatch(
                      t ->
                          t.days() == spec.responseWorkingDays()
                              && t.unit().equals("working-days")
                              && t.exceedsLimit() == (t.days() > 15));
      record.accept("response working days", right);
    }
    if (c.contains(Clause.COMPLAINT_CHANNEL)) {
      record.accept(
          "contact e-mail",
          v.contactChannels().stream()
              .anyMatch(ch -> ch.kind().equals("email") && ch.value().equals(spec.contactEmail())));
    }
    if (c.contains(Clause.PERMISSION_PURPOSES)) {
      permissions(spec, v, record);
    }
    if (c.contains(Clause.THIRD_PARTY_SDK_LIST) && !spec.sdks().isEmpty()) {
      sdks(spec, v, record);
    }
  }

  private static boolean hasDate(PolicyValues v, String kind, PolicySpec spec) {
    String want = (kind.equals("effective") ? spec.effectiveDate() : spec.updatedDate()).toString();
    return v.dates().stream().anyMatch(d -> d.kind().equals(kind) && d.date().equals(want));
  }

  /**
   * Per sensitive item the spec lists: the item is named, and it has a stated purpose somewhere in
   * the policy exactly when the spec states one for (one of) its permissions.
   */
  private static void permissions(
      PolicySpec spec, PolicyValues v, BiConsumer<String, Boolean> record) {
    Map<String, Boolean> truth = new HashMap<>();
    for (PolicySpec.PermissionPurpose p : spec.permissions()) {
      String item = PermissionItems.itemOf(p.permission());
      if (item != null) {
        truth.merge(item, p.purposeStated(), Boolean::logicalOr);
      }
    }
    truth.forEach(
        (item, stated) -> {
          boolean named = v.sensitiveItems().stream().anyMatch(s -> s.item().equals(item));
          boolean purpose =
              v.sensitiveItems().stream().anyMatch(s -> s.item().equals(item) && s.purposeStated());
          record.accept(
              stated ? "permission with purpose" : "permission without purpose",
              named && purpose == stated);
        });
  }

  /** Recall: each listed SDK found under its key; precision: each extracted key was listed. */
  private static void sdks(PolicySpec spec, PolicyValues v, BiConsumer<String, Boolean> record) {
    Set<String> listed = new HashSet<>();
    spec.sdks().forEach(s -> listed.add(SdkNames.key(s.name())));
    Set<String> extracted = new HashSet<>();
    v.thirdParties().forEach(t -> extracted.add(t.key()));
    for (String key : listed) {
      record.accept("SDK named (recall)", extracted.contains(key));
    }
    for (String key : extracted) {
      record.accept("SDK named (precision)", listed.contains(key));
    }
  }
}
