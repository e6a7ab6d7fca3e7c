package org.appwatch.localstore.policy;

import static org.appwatch.localstore.policy.PolicyFixtures.spec;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Traditional pages use Traditional characters only, Simplified pages Simplified only. */
class PolicyScriptTest {

  // Pairs of common characters that differ between the scripts, same order in both strings.
  private static final String SIMPLIFIED_ONLY = "们个这说时为资权隐据关对发务户号记录设备证应网络门码报开删销处护过还会让请读获经统业实现择于";
  private static final String TRADITIONAL_ONLY = "們個這說時為資權隱據關對發務戶號記錄設備證應網絡門碼報開刪銷處護過還會讓請讀獲經統業實現擇於";

  private final PolicyWriter writer = new PolicyWriter();

  @Test
  void traditionalPagesHaveNoSimplifiedOnlyCharacters() {
    for (String page : pages(PolicyLanguage.TRADITIONAL_CHINESE)) {
      assertNone(SIMPLIFIED_ONLY, page);
    }
    String html = html(PolicyLanguage.TRADITIONAL_CHINESE);
    assertTrue(html.contains("個人資料") && html.contains("隱私權政策"));
  }

  @Test
  void simplifiedPagesHaveNoTraditionalOnlyCharacters() {
    for (String page : pages(PolicyLanguage.SIMPLIFIED_CHINESE)) {
      assertNone(TRADITIONAL_ONLY, page);
    }
    String html = html(PolicyLanguage.SIMPLIFIED_CHINESE);
    assertTrue(html.contains("个人信息") && html.contains("隐私政策"));
  }

  @Test
  void englishPagesHaveNoChineseCharacters() {
    for (String page : pages(PolicyLanguage.ENGLISH)) {
      assertTrue(
          page.codePoints()
              .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
          page);
    }
  }

  private String html(PolicyLanguage language) {
    return writer.html(spec(language, EnumSet.allOf(Clause.class), 0));
  }

  /** Every wording, every permission term and purpose, every form. */
  private List<String> pages(PolicyLanguage language) {
    List<PolicySpec.PermissionPurpose> permissions = new ArrayList<>();
    for (String name : TemplateCatalog.get().templates(language).permissions().names().keySet()) {
      permissions.add(new PolicySpec.PermissionPurpose("android.permission." + name, true));
      permissions.add(new PolicySpec.PermissionPurpose("android.permission." + name, false));
    }
    List<String> pages = new ArrayList<>();
    for (PolicyForm form : PolicyForm.values()) {
      for (long phrasing = 0; phrasing < 40; phrasing++) {
        pages.add(
            writer.html(spec(language, EnumSet.allOf(Clause.class), phrasing, form, permissions)));
        pages.add(
            writer.html(spec(language, EnumSet.noneOf(Clause.class), phrasing, form, permissions)));
      }
    }
    return pages;
  }

  private static void assertNone(String characters, String page) {
    for (int i = 0; i < characters.length(); i++) {
      char c = characters.charAt(i);
      int at = page.indexOf(c);
      assertTrue(
          at < 0,
          () ->
              "'"
                  + c
                  + "' in: "
                  + page.substring(Math.max(0, at - 30), Math.min(page.length(), at + 30)));
    }
  }
}
