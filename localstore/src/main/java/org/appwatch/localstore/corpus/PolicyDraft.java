package org.appwatch.localstore.corpus;

import java.util.SplittableRandom;
import org.appwatch.localstore.policy.Clause;

/** Draws what an app's policy says: clauses by per-clause rates, SDK and permission disclosure. */
final class PolicyDraft {

  private PolicyDraft() {}

  /** Presence rate of each clause; adverse clauses are rare. */
  static double rate(Clause c) {
    return switch (c) {
      case COLLECTION_RULES -> 0.93;
      case THIRD_PARTY_SDK_LIST -> 0.8;
      case EFFECTIVE_AND_UPDATED_DATES -> 0.85;
      case CHANGE_NOTIFICATION -> 0.8;
      case PERMISSION_PURPOSES -> 0.8;
      case IMPLIED_CONSENT -> 0.12;
      case PERSONALISATION -> 0.45;
      case PERSONALISATION_OPT_OUT -> 0.6;
      case WITHDRAW_CONSENT -> 0.78;
      case DENIES_SHARING -> 0.06;
      case DENIES_LOCATION -> 0.08;
      case FORCED_IMPROVEMENT_CONSENT -> 0.08;
      case CONNECTED_APPS_SHARING -> 0.55;
      case CORRECTION_AND_DELETION -> 0.88;
      case ACCOUNT_CANCELLATION -> 0.78;
      case UNREASONABLE_CANCELLATION_CONDITIONS -> 0.07;
      case RESPONSE_TIME_LIMIT -> 0.82;
      case COMPLAINT_CHANNEL -> 0.86;
    };
  }

  static void draw(SplittableRandom r, AppState a) {
    boolean targeting = a.sdks.stream().anyMatch(Sdk::targeting);
    for (Clause c : Clause.values()) {
      double p = rate(c);
      if (c == Clause.PERSONALISATION && targeting) {
        p = 0.8;
      }
      if (r.nextDouble() < p) {
        a.clauses.add(c);
      }
    }
    for (Sdk s : a.sdks) {
      if (r.nextDouble() < 0.88) {
        a.disclosedSdks.add(s.id());
      }
    }
    for (String p : a.permissions) {
      if (Permission.isDangerous(p)) {
        double u = r.nextDouble();
        if (u < 0.78) {
          a.permissionPurposes.put(p, true);
        } else if (u < 0.92) {
          a.permissionPurposes.put(p, false);
        }
      }
    }
    double d = r.nextDouble();
    a.responseWorkingDays = d < 0.7 ? 15 : d < 0.88 ? 7 + r.nextInt(8) : 20 + r.nextInt(11);
    a.phrasing = r.nextLong();
  }

  /** A dated policy update: the text is rewritten and catches up with the app's SDKs. */
  static void update(SplittableRandom r, AppState a) {
    a.phrasing = r.nextLong();
    toggle(r, a);
    a.sdks.forEach(s -> a.disclosedSdks.add(s.id()));
    for (String p : a.permissions) {
      if (Permission.isDangerous(p)) {
        a.permissionPurposes.putIfAbsent(p, r.nextDouble() < 0.85);
      }
    }
  }

  /** Flips one clause: usually adds a missing protective one, sometimes drops one. */
  static void toggle(SplittableRandom r, AppState a) {
    Clause c = Clause.values()[r.nextInt(Clause.values().length)];
    if (a.clauses.contains(c)) {
      a.clauses.remove(c);
    } else {
      a.clauses.add(c);
    }
  }
}
