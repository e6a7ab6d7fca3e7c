package org.appwatch.localstore.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two clauses that list spec items rather than state one paragraph: the permission list ({@link
 * Clause#PERMISSION_PURPOSES}) and the third-party SDK list ({@link Clause#THIRD_PARTY_SDK_LIST}).
 */
final class ClauseBlocks {

  private static final String ANDROID_PREFIX = "android.permission.";

  private final PolicyTemplates t;
  private final Phrasing phrasing;

  ClauseBlocks(PolicyTemplates t, Phrasing phrasing) {
    this.t = t;
    this.phrasing = phrasing;
  }

  /**
   * One line per permission in user terms (位置, 相机 …), with its purpose only when the spec says one
   * is stated. Two entries that read the same are written once.
   */
  void permissions(HtmlOut out, List<PolicySpec.PermissionPurpose> permissions) {
    Set<String> lines = new LinkedHashSet<>();
    for (int i = 0; i < permissions.size(); i++) {
      PolicySpec.PermissionPurpose p = permissions.get(i);
      String simple = simpleName(p.permission());
      PolicyTemplates.PermissionName name = t.permissions().names().get(simple);
      Map<String, String> v =
          Map.of(
              "perm", name == null ? simple : name.term(),
              "purpose", name == null ? t.permissions().unknownPurpose() : name.purpose(),
              "android", p.permission());
      List<String> options =
          p.purposeStated() ? t.permissions().stated() : t.permissions().unstated();
      lines.add(HtmlOut.plain(phrasing.pick(options, Phrasing.salt("perm" + i)), v));
    }
    out.raw("<ul class=\"permissions\">");
    for (String line : lines) {
      out.raw("<li>").text(line).raw("</li>");
    }
    out.raw("</ul>");
  }

  /** Every SDK by name, vendor, purpose and data, as a table or as a list (phrasing decides). */
  void sdks(HtmlOut out, List<PolicySpec.SdkDisclosure> sdks) {
    if (phrasing.coin(Phrasing.salt("sdk-table"))) {
      out.raw("<table class=\"sdk-list\"><thead><tr>");
      for (String header : t.sdk().headers()) {
        out.raw("<th>").text(header).raw("</th>");
      }
      out.raw("</tr></thead><tbody>");
      for (PolicySpec.SdkDisclosure sdk : sdks) {
        out.raw("<tr><td>").text(sdk.name()).raw("</td><td>").text(sdk.vendor());
        out.raw("</td><td>").text(sdk.purpose()).raw("</td><td>");
        out.text(String.join(t.listSeparator(), sdk.data())).raw("</td></tr>");
      }
      out.raw("</tbody></table>");
      return;
    }
    String item = phrasing.pick(t.sdk().items(), Phrasing.salt("sdk-item"));
    out.raw("<ol class=\"sdk-list\">");
    for (PolicySpec.SdkDisclosure sdk : sdks) {
      Map<String, String> v =
          Map.of(
              "sdk", sdk.name(),
              "vendor", sdk.vendor(),
              "purpose", sdk.purpose(),
              "data", String.join(t.listSeparator(), sdk.data()));
      out.raw("<li>").fill(item, v).raw("</li>");
    }
    out.raw("</ol>");
  }

  private static String simpleName(String permission) {
    return permission.startsWith(ANDROID_PREFIX)
        ? permission.substring(ANDROID_PREFIX.length())
        : permission.substring(permission.lastIndexOf('.') + 1);
  }
}
