package org.appwatch.localstore.policy;

import java.util.List;

/**
 * A clause a generated policy may contain. Each names the 2019 Method items it bears on; clauses
 * marked {@code adverse} are ones whose presence is the problem (implied consent, say).
 */
public enum Clause {
  COLLECTION_RULES(false, "M1.1"),
  THIRD_PARTY_SDK_LIST(false, "M2.1", "M5.1"),
  EFFECTIVE_AND_UPDATED_DATES(false, "M2.2"),
  CHANGE_NOTIFICATION(false, "M2.2"),
  PERMISSION_PURPOSES(false, "M2.3"),
  IMPLIED_CONSENT(true, "M3.4"),
  PERSONALISATION(false, "M3.6"),
  PERSONALISATION_OPT_OUT(false, "M3.6"),
  WITHDRAW_CONSENT(false, "M3.8"),
  DENIES_SHARING(false, "M3.9"),
  DENIES_LOCATION(false, "M3.9"),
  FORCED_IMPROVEMENT_CONSENT(true, "M4.5"),
  CONNECTED_APPS_SHARING(false, "M5.3"),
  CORRECTION_AND_DELETION(false, "M6.1"),
  ACCOUNT_CANCELLATION(false, "M6.1"),
  UNREASONABLE_CANCELLATION_CONDITIONS(true, "M6.2"),
  RESPONSE_TIME_LIMIT(false, "M6.3"),
  COMPLAINT_CHANNEL(false, "M6.5");

  private final boolean adverse;
  private final List<String> methodItems;

  Clause(boolean adverse, String... methodItems) {
    this.adverse = adverse;
    this.methodItems = List.of(methodItems);
  }

  /** True when the clause's presence, not its absence, is what the Method objects to. */
  public boolean adverse() {
    return adverse;
  }

  /** The Method item ids (M1.1 … M6.5) this clause bears on. */
  public List<String> methodItems() {
    return methodItems;
  }
}
