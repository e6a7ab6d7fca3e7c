package org.appwatch.localstore.policy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Specs and page helpers shared by the policy tests. Spec strings suit each language's script. */
final class PolicyFixtures {

  static final LocalDate EFFECTIVE = LocalDate.of(2023, 3, 15);
  static final LocalDate UPDATED = LocalDate.of(2024, 11, 2);
  static final String EMAIL = "privacy@example.cn";

  private PolicyFixtures() {}

  static PolicySpec spec(PolicyLanguage language, Set<Clause> clauses, long phrasing) {
    return spec(language, clauses, phrasing, PolicyForm.HTML, permissions());
  }

  static PolicySpec spec(
      PolicyLanguage language,
      Set<Clause> clauses,
      long phrasing,
      PolicyForm form,
      List<PolicySpec.PermissionPurpose> permissions) {
    return new PolicySpec(
        appName(language),
        operator(language),
        language,
        clauses,
        sdks(language),
        permissions,
        EFFECTIVE,
        UPDATED,
        15,
        EMAIL,
        form,
        phrasing);
  }

  static Set<Clause> allBut(Clause clause) {
    Set<Clause> clauses = EnumSet.allOf(Clause.class);
    clauses.remove(clause);
    return clauses;
  }

  static String appName(PolicyLanguage language) {
    return switch (language) {
      case SIMPLIFIED_CHINESE -> "快看天气";
      case TRADITIONAL_CHINESE -> "快看天氣";
      case ENGLISH -> "QuickWeather";
    };
  }

  static String operator(PolicyLanguage language) {
    return switch (language) {
      case SIMPLIFIED_CHINESE -> "北京示例科技有限公司";
      case TRADITIONAL_CHINESE -> "臺北示範科技股份有限公司";
      case ENGLISH -> "Example Technology Ltd.";
    };
  }

  static List<PolicySpec.SdkDisclosure> sdks(PolicyLanguage language) {
    return switch (language) {
      case SIMPLIFIED_CHINESE ->
          List.of(
              new PolicySpec.SdkDisclosure(
                  "友盟统计SDK", "友盟同欣（北京）科技有限公司", "统计分析", List.of("设备标识符", "应用使用情况")),
              new PolicySpec.SdkDisclosure(
                  "极光推送SDK", "深圳市和讯华谷信息技术有限公司", "消息推送", List.of("设备型号", "网络类型")));
      case TRADITIONAL_CHINESE ->
          List.of(
              new PolicySpec.SdkDisclosure(
                  "Firebase Analytics", "Google LLC", "統計分析", List.of("裝置識別碼", "使用紀錄")),
              new PolicySpec.SdkDisclosure(
                  "LINE Login SDK", "LY Corporation", "快速登入", List.of("暱稱", "大頭貼")));
      case ENGLISH ->
          List.of(
              new PolicySpec.SdkDisclosure(
                  "Firebase Analytics",
                  "Google LLC",
                  "usage statistics",
                  List.of("advertising ID", "app events")),
              new PolicySpec.SdkDisclosure(
                  "Facebook Login",
                  "Meta Platforms, Inc.",
                  "sign-in",
                  List.of("name", "profile picture")));
    };
  }

  static List<PolicySpec.PermissionPurpose> permissions() {
    return List.of(
        new PolicySpec.PermissionPurpose("android.permission.CAMERA", true),
        new PolicySpec.PermissionPurpose("android.permission.READ_CONTACTS", false));
  }

  static Document parse(String html) {
    return Jsoup.parse(html);
  }

  /** The text a reader sees in the policy body, without scripts and styles. */
  static String text(String html) {
    return Jsoup.parse(html).body().text();
  }
}
