package org.appwatch.scoring.policy.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.localstore.policy.Clause;
import org.appwatch.localstore.policy.PolicySpec;
import org.appwatch.scoring.policy.PolicyAnalysis;

/**
 * How each ground-truth {@link Clause} of the local store is read from a {@link PolicyAnalysis}:
 * the clause counts as stated when every listed feature fired (correction and deletion are one
 * clause in the store, two features in the analyser).
 *
 * <p>Two clauses are not scored on policies where another clause states them implicitly: a policy
 * that gives conditions for cancelling the account (M6.2) tells how to cancel it, and one that says
 * how to switch personalisation off says that there is personalisation. The generator draws these
 * clauses independently, so such policies have no well-defined truth for the implied clause.
 */
final class ClauseCheck {

  static final Map<Clause, List<String>> FEATURES = new EnumMap<>(Clause.class);

  static {
    FEATURES.put(Clause.COLLECTION_RULES, List.of("m1_1.collection-rules"));
    FEATURES.put(Clause.THIRD_PARTY_SDK_LIST, List.of("m2_1.sdk-list"));
    FEATURES.put(Clause.EFFECTIVE_AND_UPDATED_DATES, List.of("m2_2.dates"));
    FEATURES.put(Clause.CHANGE_NOTIFICATION, List.of("m2_2.change-notice"));
    FEATURES.put(Clause.PERMISSION_PURPOSES, List.of("m2_3.permission-list"));
    FEATURES.put(Clause.IMPLIED_CONSENT, List.of("m3_4.implied-consent"));
    FEATURES.put(Clause.PERSONALISATION, List.of("m3_6.personalisation"));
    FEATURES.put(Clause.PERSONALISATION_OPT_OUT, List.of("m3_6.personalisation-opt-out"));
    FEATURES.put(Clause.WITHDRAW_CONSENT, List.of("m3_8.withdraw-consent"));
    FEATURES.put(Clause.DENIES_SHARING, List.of("m3_9.denies-sharing"));
    FEATURES.put(Clause.DENIES_LOCATION, List.of("m3_9.denies-location"));
    FEATURES.put(Clause.FORCED_IMPROVEMENT_CONSENT, List.of("m4_5.forced-consent"));
    FEATURES.put(Clause.CONNECTED_APPS_SHARING, List.of("m5_3.connected-apps"));
    FEATURES.put(Clause.CORRECTION_AND_DELETION, List.of("m6_1.correction", "m6_1.deletion"));
    FEATURES.put(Clause.ACCOUNT_CANCELLATION, List.of("m6_1.account-cancellation"));
    FEATURES.put(
        Clause.UNREASONABLE_CANCELLATION_CONDITIONS, List.of("m6_2.cancellation-conditions"));
    FEATURES.put(Clause.RESPONSE_TIME_LIMIT, List.of("m6_3.response-time"));
    FEATURES.put(Clause.COMPLAINT_CHANNEL, List.of("m6_5.complaint-channel"));
  }

  private ClauseCheck() {}

  /** True when the analysis reports the clause stated. */
  static boolean found(Clause clause, PolicyAnalysis analysis) {
    for (String feature : FEATURES.get(clause)) {
      PolicyAnalysis.FeatureSummary s = analysis.features().get(feature);
      if (s == null || s.sentences() == 0) {
        return false;
      }
    }
    return true;
  }

  /** False when the policy's other clauses leave this clause's truth undefined (see above). */
  static boolean scored(Clause clause, PolicySpec spec) {
    Set<Clause> present = spec.clauses();
    return switch (clause) {
      case ACCOUNT_CANCELLATION ->
          present.contains(clause)
              || !present.contains(Clause.UNREASONABLE_CANCELLATION_CONDITIONS);
      case PERSONALISATION ->
          present.contains(clause)
              || (!present.contains(Clause.PERSONALISATION_OPT_OUT) && !listsAdsSdk(spec));
      default -> true;
    };
  }

  /**
   * True when the policy lists an SDK whose stated purpose is personalised advertising: that entry
   * states personalisation (the store's expected flags count ads SDKs for M3.6 too).
   */
  private static boolean listsAdsSdk(PolicySpec spec) {
    return spec.clauses().contains(Clause.THIRD_PARTY_SDK_LIST)
        && spec.sdks().stream().anyMatch(s -> s.purpose().matches("(?i).*(个性化|personali).*"));
  }
}
