package org.appwatch.scoring.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.HistoryFacts;
import org.appwatch.scoring.rules.evidence.PolicyFacts;
import org.junit.jupiter.api.Test;

class HistoryDiffTest {

  static ApkFacts apk(List<String> permissions, List<String> sdks) {
    return new ApkFacts(
        30,
        permissions.stream()
            .map(p -> new ApkFacts.PermissionFact(p, p.contains("LOCATION"), List.of(), null))
            .toList(),
        sdks.stream()
            .map(s -> new ApkFacts.SdkFact(s, s, null, List.of(), List.of(), null))
            .toList(),
        List.of(),
        null,
        null);
  }

  static PolicyFacts policy(String sha, String date) {
    return policy(sha, List.of(new PolicyFacts.DateValue("effective", date, null)));
  }

  static PolicyFacts policy(String sha, List<PolicyFacts.DateValue> dates) {
    return new PolicyFacts(
        PolicyFacts.Status.OK, "zh", "Hans", null, null, null, null, null, null, dates, sha, null);
  }

  @Test
  void relabelledOrVanishedDatesAreNoNewDate() {
    ApkFacts same = apk(List.of(), List.of());
    PolicyFacts labelled =
        policy(
            "x",
            List.of(
                new PolicyFacts.DateValue("updated", "2024-06-01", null),
                new PolicyFacts.DateValue("effective", "2024-01-01", null)));
    PolicyFacts relabelled =
        policy(
            "y",
            List.of(
                new PolicyFacts.DateValue("effective", "2024-01-01", null),
                new PolicyFacts.DateValue("effective", "2024-06-01", null)));
    assertFalse(
        HistoryDiff.between(inputs("c1", same, labelled), inputs("c2", same, relabelled))
            .policyDateChanged());
    assertFalse(
        HistoryDiff.between(
                inputs("c1", same, labelled), inputs("c2", same, policy("y", List.of())))
            .policyDateChanged());
  }

  static AppInputs inputs(String crawl, ApkFacts apk, PolicyFacts policy) {
    return new AppInputs("fdroid", "com.example", crawl, null, apk, policy);
  }

  @Test
  void addedPermissionsAndSdksAndSilentPolicyChange() {
    AppInputs before =
        inputs(
            "c1",
            apk(List.of("android.permission.CAMERA"), List.of("a")),
            policy("x", "2024-01-01"));
    AppInputs after =
        inputs(
            "c2",
            apk(
                List.of("android.permission.CAMERA", "android.permission.ACCESS_FINE_LOCATION"),
                List.of("a", "b")),
            policy("y", "2024-01-01"));

    HistoryFacts h = HistoryDiff.between(before, after);

    assertEquals("c1", h.previousCrawlId());
    assertEquals(
        List.of("android.permission.ACCESS_FINE_LOCATION"),
        h.permissionsAdded().stream().map(ApkFacts.PermissionFact::name).toList());
    assertEquals(List.of("b"), h.sdksAdded());
    assertTrue(h.policyTextChanged());
    assertFalse(h.policyDateChanged());
    assertEquals(3, h.changeSignals());
  }

  @Test
  void datedRewriteAndUnchangedApp() {
    ApkFacts same = apk(List.of("android.permission.CAMERA"), List.of());
    HistoryFacts h =
        HistoryDiff.between(
            inputs("c1", same, policy("x", "2024-01-01")),
            inputs("c2", same, policy("y", "2024-06-01")));
    assertTrue(h.policyTextChanged());
    assertTrue(h.policyDateChanged());
    assertEquals(List.of(), h.permissionsAdded());
    HistoryFacts none =
        HistoryDiff.between(
            inputs("c1", same, policy("x", "2024-01-01")),
            inputs("c2", same, policy("x", "2024-01-01")));
    assertFalse(none.policyTextChanged());
    assertEquals(0, none.changeSignals());
  }

  @Test
  void policyThatDisappearedChanged() {
    ApkFacts same = apk(List.of(), List.of());
    assertTrue(
        HistoryDiff.between(inputs("c1", same, policy("x", "2024-01-01")), inputs("c2", same, null))
            .policyTextChanged());
  }

  @Test
  void noHistoryWithoutBothApks() {
    AppInputs now = inputs("c2", apk(List.of(), List.of()), null);
    assertNull(HistoryDiff.between(null, now));
    assertNull(HistoryDiff.between(inputs("c1", null, null), now));
    assertNull(HistoryDiff.between(now, inputs("c3", null, null)));
  }
}
