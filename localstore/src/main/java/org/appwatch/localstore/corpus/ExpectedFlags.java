package org.appwatch.localstore.corpus;

import java.util.Set;
import java.util.TreeSet;
import org.appwatch.localstore.policy.Clause;
import org.appwatch.localstore.policy.PolicyForm;
import org.appwatch.localstore.policy.PolicyLanguage;
import org.appwatch.localstore.policy.PolicySpec;

/**
 * The Method items that static evidence (listing, APK, policy text, one previous crawl) should flag
 * for a generated app. This is the answer key analysers are scored against; the rules are listed in
 * {@code localstore/README.md}.
 */
public final class ExpectedFlags {

  private ExpectedFlags() {}

  /** The flagged item ids (M1.1 … M6.5), sorted. */
  public static Set<String> of(AppSpec app, int epoch) {
    Set<String> f = new TreeSet<>();
    boolean dangerous = !app.dangerousPermissions().isEmpty();
    if (app.targetSdk() < 23 && dangerous) {
      f.add("M4.6");
    }
    if (epoch > app.bornEpoch()
        && app.history().permissionsAdded().stream().anyMatch(Permission::isDangerous)) {
      f.add("M3.5");
    }
    PolicySpec p = app.policy();
    boolean readable = app.policyLink().served() && p.form() == PolicyForm.HTML;
    if (!readable) {
      // Without policy text static evidence shows only that the rules are not disclosed.
      f.add("M1.1");
      if (app.policyLink().served() && p.form() == PolicyForm.IMAGE_ONLY) {
        f.add("M1.4");
      }
      return f;
    }
    Set<Clause> c = p.clauses();
    if (!c.contains(Clause.COLLECTION_RULES)) {
      f.add("M1.1");
    }
    if (p.language() != PolicyLanguage.SIMPLIFIED_CHINESE) {
      f.add("M1.4");
    }
    boolean undisclosed =
        !app.sdks().isEmpty()
            && (!c.contains(Clause.THIRD_PARTY_SDK_LIST)
                || app.sdks().stream().anyMatch(s -> !app.disclosedSdks().contains(s.id())));
    if (undisclosed) {
      f.add("M2.1");
      f.add("M5.1");
    }
    if (changedWithoutNewDate(app, c, epoch)) {
      f.add("M2.2");
    }
    if (dangerous && purposeMissing(app, c)) {
      f.add("M2.3");
    }
    if (c.contains(Clause.IMPLIED_CONSENT)) {
      f.add("M3.4");
    }
    boolean targeting =
        app.sdks().stream().anyMatch(Sdk::targeting) || c.contains(Clause.PERSONALISATION);
    if (targeting && !c.contains(Clause.PERSONALISATION_OPT_OUT)) {
      f.add("M3.6");
    }
    if (!c.contains(Clause.WITHDRAW_CONSENT)) {
      f.add("M3.8");
    }
    boolean locates =
        app.permissions().stream().anyMatch(Permission::isLocation)
            || app.sdks().stream().anyMatch(Sdk::locating);
    if ((c.contains(Clause.DENIES_LOCATION) && locates)
        || (c.contains(Clause.DENIES_SHARING) && !app.sdks().isEmpty())) {
      f.add("M3.9");
    }
    if (c.contains(Clause.FORCED_IMPROVEMENT_CONSENT)) {
      f.add("M4.5");
    }
    if (app.sdks().stream().anyMatch(s -> s.category().equals("social-login"))
        && !c.contains(Clause.CONNECTED_APPS_SHARING)) {
      f.add("M5.3");
    }
    if (!c.contains(Clause.ACCOUNT_CANCELLATION) || !c.contains(Clause.CORRECTION_AND_DELETION)) {
      f.add("M6.1");
    }
    if (c.contains(Clause.UNREASONABLE_CANCELLATION_CONDITIONS)) {
      f.add("M6.2");
    }
    if (!c.contains(Clause.RESPONSE_TIME_LIMIT) || p.responseWorkingDays() > 15) {
      f.add("M6.3");
    }
    if (!c.contains(Clause.COMPLAINT_CHANNEL)) {
      f.add("M6.5");
    }
    return f;
  }

  /**
   * The policy changed in this epoch and a returning user is not shown a new date: either the
   * change kept the old dates, or the policy was rewritten with a new date that the page does not
   * display (no {@link Clause#EFFECTIVE_AND_UPDATED_DATES}), which no reader can tell from a silent
   * change.
   */
  static boolean changedWithoutNewDate(AppSpec app, Set<Clause> c, int epoch) {
    if (epoch <= app.bornEpoch()) {
      return false;
    }
    AppSpec.History h = app.history();
    return h.lastSilentPolicyChange() == epoch
        || (h.lastPolicyUpdate() == epoch && !c.contains(Clause.EFFECTIVE_AND_UPDATED_DATES));
  }

  private static boolean purposeMissing(AppSpec app, Set<Clause> c) {
    if (!c.contains(Clause.PERMISSION_PURPOSES)) {
      return true;
    }
    return app.dangerousPermissions().stream()
        .anyMatch(
            d ->
                app.policy().permissions().stream()
                    .noneMatch(pp -> pp.permission().equals(d) && pp.purposeStated()));
  }
}
