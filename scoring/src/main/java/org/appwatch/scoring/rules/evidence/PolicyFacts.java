package org.appwatch.scoring.rules.evidence;

import java.util.List;
import java.util.Map;

/**
 * What the privacy policy says. When {@code status} is not {@link Status#OK} nothing was read:
 * features and values are empty because there was no text, and policy rules answer {@code unknown}
 * (except those about the policy's absence itself). Collections are never null.
 *
 * @param language BCP-47 primary tag ({@code zh}, {@code en}, {@code und}), or null
 * @param script ISO 15924 ({@code Hans}, {@code Hant}, {@code Hani}, {@code Latn}), or null
 * @param readability null when the text was not read
 * @param features policy feature id (the policy analyser's feature file name, e.g. {@code
 *     m3_8.withdraw-consent}) to the sentences that fired it; an absent or empty entry means the
 *     feature was looked for and not found
 * @param sha256 lowercase hex SHA-256 of the normalised policy text (what history compares), or
 *     null when the text was not read
 */
public record PolicyFacts(
    Status status,
    String language,
    String script,
    Readability readability,
    Map<String, List<Provenance>> features,
    List<SensitiveItem> sensitiveItems,
    List<ThirdParty> thirdParties,
    List<ResponseTime> responseTimes,
    List<ContactChannel> contactChannels,
    List<DateValue> dates,
    String sha256,
    Provenance provenance) {

  public PolicyFacts {
    features = features == null ? Map.of() : Map.copyOf(features);
    sensitiveItems = sensitiveItems == null ? List.of() : List.copyOf(sensitiveItems);
    thirdParties = thirdParties == null ? List.of() : List.copyOf(thirdParties);
    responseTimes = responseTimes == null ? List.of() : List.copyOf(responseTimes);
    contactChannels = contactChannels == null ? List.of() : List.copyOf(contactChannels);
    dates = dates == null ? List.of() : List.copyOf(dates);
  }

  /** The sentences that fired {@code featureId}; empty when none did. */
  public List<Provenance> detections(String featureId) {
    List<Provenance> d = features.get(featureId);
    return d == null ? List.of() : d;
  }

  /** Why a policy could or could not be read; the names equal the policy analyser's. */
  public enum Status {
    OK,
    NO_POLICY_TEXT,
    TOO_SHORT,
    NOT_MACHINE_READABLE,
    DOCUMENT_LINK_ONLY,
    IMAGE_ONLY,
    LOGIN_WALL,
    TOO_LARGE
  }

  /** Readability figures (M1.4, M2.4). */
  public record Readability(
      int chars, int sentences, double meanSentenceChars, double jargonShare) {}

  /**
   * A permission or sensitive item the policy mentions.
   *
   * @param item the policy analyser's item name ({@code location}, {@code camera}, {@code
   *     device_id}, ...)
   * @param purposeStated true when the sentence states a purpose
   * @param permission the Android permission the sentence names for the item
   *     (android.permission.ACCESS_FINE_LOCATION), or null when it names only the item
   * @param permissionStatement true when the sentence speaks of a permission (a permission list,
   *     "申请…权限"), not only of the data collected
   */
  public record SensitiveItem(
      String item,
      boolean purposeStated,
      String permission,
      boolean permissionStatement,
      Provenance provenance) {}

  /**
   * A third party or SDK the policy names; vendor and purpose may be empty. {@code key} is the
   * policy analyser's SDK key of the name ({@link org.appwatch.scoring.sdk.SdkKeys}); null when not
   * given, and then derived from the name.
   */
  public record ThirdParty(
      String name, String key, String vendor, String purpose, Provenance provenance) {}

  /**
   * A promised response time.
   *
   * @param unit {@code working-days} or {@code days}
   * @param exceedsLimit true above 15 working days (or 21 calendar days)
   */
  public record ResponseTime(int days, String unit, boolean exceedsLimit, Provenance provenance) {}

  /** A contact channel: kind {@code email}, {@code phone}, {@code address} or {@code form}. */
  public record ContactChannel(String kind, String value, Provenance provenance) {}

  /** A date on the policy: kind {@code effective}, {@code updated} or {@code date}; ISO date. */
  public record DateValue(String kind, String date, Provenance provenance) {}
}
