package org.appwatch.localstore.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What one generated privacy policy says. Which clauses are present is the ground truth the
 * analysers are measured against.
 *
 * @param appName the app's display name
 * @param operator the company that operates the app
 * @param language language and script the policy is written in
 * @param clauses the clauses the policy contains; any clause not listed is deliberately missing
 * @param sdks third parties the policy names in its SDK list (used when {@link
 *     Clause#THIRD_PARTY_SDK_LIST} is present)
 * @param permissions permissions the policy mentions, each with a purpose or none
 * @param effectiveDate the date the policy states it took effect
 * @param updatedDate the date the policy states it was last updated
 * @param responseWorkingDays the promised response time for rights requests and complaints
 * @param contactEmail the complaint / contact address
 * @param form how the page presents the policy (machine-readable text, or a PDF link, an image, a
 *     login wall)
 * @param phrasing picks among equivalent wordings of each clause, so that policies differ in
 *     wording as real ones do; equal values give equal text
 */
public record PolicySpec(
    String appName,
    String operator,
    PolicyLanguage language,
    Set<Clause> clauses,
    List<SdkDisclosure> sdks,
    List<PermissionPurpose> permissions,
    LocalDate effectiveDate,
    LocalDate updatedDate,
    int responseWorkingDays,
    String contactEmail,
    PolicyForm form,
    long phrasing) {

  /** A named third-party SDK with its vendor, purpose and the data it receives. */
  public record SdkDisclosure(String name, String vendor, String purpose, List<String> data) {}

  /**
   * A sensitive permission the policy mentions; {@code purposeStated} false means the policy names
   * the permission but gives no purpose for it.
   */
  public record PermissionPurpose(String permission, boolean purposeStated) {}
}
