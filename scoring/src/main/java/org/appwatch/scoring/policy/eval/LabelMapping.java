package org.appwatch.scoring.policy.eval;

import java.util.Map;
import java.util.Set;

/**
 * Which expert labels of CAPP-130 correspond to which Method item. {@code matching}: a detection of
 * the item is right at sentence level when its sentence carries one of these labels (the labels say
 * what a sentence is about; an item's wording falls under them). {@code primary}: the label whose
 * sentences the item should find for a meaningful recall, or null when every label is much broader
 * than the item (recall against it would measure the label, not the analyser).
 *
 * <ul>
 *   <li>First Party Collection (数据收集) -> M1.1 collection rules; also M2.3, M4.5, and M2.1 (the
 *       experts label "the embedded SDK collects …" as collection).
 *   <li>Permission Acquisition (权限获取) -> M2.3 permissions and sensitive items.
 *   <li>Third Party Sharing (共享、委托…) -> M2.1 third parties/SDKs, M5.3 connected apps (third-party
 *       login is labelled as collection too: the app receives data from the connected app), M3.9
 *       denials of sharing.
 *   <li>Usage (使用) -> M3.6 personalisation, M4.5 improvement purposes, M1.1.
 *   <li>Edit/Control (数据、权限管理) -> M6.1 correct/delete/cancel, M3.8 withdraw consent, M3.6 opt-out,
 *       M6.2 cancellation conditions, M6.3 response times, M5.3 unbinding.
 *   <li>Contact Information (联系方式) -> M6.5 channels, M6.3 response times.
 *   <li>Policy Change (隐私政策的授权、修改与变更, which also covers authorisation) -> M2.2 dates and change
 *       notices, M3.4 implied consent.
 * </ul>
 */
public final class LabelMapping {

  static final String COLLECTION = "数据收集";
  static final String PERMISSION = "权限获取";
  static final String SHARING = "共享、委托、转让、公开（披露）";
  static final String USAGE = "使用";
  static final String CONTROL = "数据、权限管理";
  static final String CONTACT = "联系方式";
  static final String CHANGE = "隐私政策的授权、修改与变更";

  /** The labels an item's evidence may carry, and the primary label for recall (or null). */
  public record Labels(Set<String> matching, String primary) {}

  public static final Map<String, Labels> ITEMS =
      Map.ofEntries(
          Map.entry("M1.1", new Labels(Set.of(COLLECTION, USAGE, PERMISSION), COLLECTION)),
          Map.entry("M2.1", new Labels(Set.of(SHARING, COLLECTION), SHARING)),
          Map.entry("M2.2", new Labels(Set.of(CHANGE), CHANGE)),
          Map.entry("M2.3", new Labels(Set.of(PERMISSION, COLLECTION), PERMISSION)),
          Map.entry("M3.4", new Labels(Set.of(CHANGE), null)),
          Map.entry("M3.6", new Labels(Set.of(USAGE, CONTROL), null)),
          Map.entry("M3.8", new Labels(Set.of(CONTROL), CONTROL)),
          Map.entry("M3.9", new Labels(Set.of(SHARING, COLLECTION, PERMISSION), null)),
          Map.entry("M4.5", new Labels(Set.of(USAGE, COLLECTION), null)),
          Map.entry("M5.3", new Labels(Set.of(SHARING, CONTROL, COLLECTION), null)),
          Map.entry("M6.1", new Labels(Set.of(CONTROL), CONTROL)),
          Map.entry("M6.2", new Labels(Set.of(CONTROL), null)),
          Map.entry("M6.3", new Labels(Set.of(CONTROL, CONTACT), null)),
          Map.entry("M6.5", new Labels(Set.of(CONTACT), CONTACT)));

  private LabelMapping() {}
}
