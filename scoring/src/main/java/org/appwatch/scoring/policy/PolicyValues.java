package org.appwatch.scoring.policy;

import java.util.List;

/**
 * Structured values read from a policy's detections, each pointing at its sentence (index into
 * {@link PolicyText#sentences()}).
 */
public record PolicyValues(
    List<DateValue> dates,
    List<ResponseTime> responseTimes,
    List<ContactChannel> contactChannels,
    List<SensitiveItem> sensitiveItems,
    List<ThirdParty> thirdParties) {

  /** Promises above this many working days break M6.3 / M6.5. */
  public static final int MAX_WORKING_DAYS = 15;

  /** A date on the policy (M2.2). {@code kind} is "effective", "updated" or "date"; ISO date. */
  public record DateValue(String kind, String date, int sentence) {}

  /**
   * A promised response time (M6.3, M6.5). {@code unit} is "working-days" or "days" (calendar);
   * {@code exceedsLimit} is true above 15 working days, or above 21 calendar days (15 working days
   * span three weeks).
   */
  public record ResponseTime(int days, String unit, boolean exceedsLimit, int sentence) {}

  /** A contact channel (M6.5): kind "email", "phone", "address" or "form". */
  public record ContactChannel(String kind, String value, int sentence) {}

  /**
   * A permission or sensitive item (M2.3), whether its sentence states a purpose, and whether the
   * sentence speaks of a permission (权限, permission) rather than only of the data collected.
   */
  public record SensitiveItem(
      String item, String term, boolean purposeStated, boolean permissionStatement, int sentence) {}

  /**
   * A named SDK or third party (M2.1), from an SDK table, a labelled list item or prose. {@code
   * key} is {@link SdkNames#key(String)} of the name, comparable with the SDK catalogue ids the APK
   * analyser reports; {@code vendor}, {@code purpose} and {@code data} are "" where the policy does
   * not give them in the same row, item or sentence.
   */
  public record ThirdParty(
      String name, String key, String vendor, String purpose, String data, int sentence) {}
}
