package org.appwatch.scoring.apk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for consent-dialog wording and policy URLs in the global value string pool of {@code
 * resources.arsc}, where every string resource of every language lives.
 */
final class ResourceStrings {
  /** Terms that name a policy or agreement. */
  private static final List<String> POLICY_TERMS =
      List.of(
          "隐私政策",
          "隐私协议",
          "隐私权政策",
          "隐私保护指引",
          "用户协议",
          "服务协议",
          "个人信息保护",
          "privacy policy",
          "terms of service",
          "user agreement");

  /** Terms of the dialog's buttons and request. */
  private static final List<String> AGREE_TERMS =
      List.of("不同意", "同意", "拒绝", "暂不使用", "agree", "accept");

  private static final Pattern URL = Pattern.compile("(?:https?|file)://[^\\s\"'<>，。）)]+");
  private static final Pattern POLICY_URL =
      Pattern.compile("(?i)privacy|policy|yinsi|agreement|protocol|terms|隐私|协议|ysxy|ysbh");
  private static final Pattern POLICY_ASSET =
      Pattern.compile("(?i)(privacy|policy|yinsi|agreement|protocol|隐私|协议)[^/]*\\.(html?|txt)$");
  private static final int MAX_STRINGS = 20;
  private static final int MAX_LENGTH = 200;

  private ResourceStrings() {}

  /**
   * @param pool the value string pool of {@code resources.arsc}, or null when the APK has none
   */
  static ConsentEvidence scan(StringPool pool, Collection<String> entryNames) {
    Set<String> keywords = new LinkedHashSet<>();
    List<String> strings = new ArrayList<>();
    Set<String> urls = new LinkedHashSet<>();
    if (pool != null) {
      for (int i = 0; i < pool.size(); i++) {
        String s = pool.get(i);
        if (s != null) {
          inspect(s, keywords, strings, urls);
        }
      }
    }
    List<String> assets =
        entryNames.stream().filter(n -> POLICY_ASSET.matcher(n).find()).sorted().toList();
    boolean policy = POLICY_TERMS.stream().anyMatch(keywords::contains);
    boolean agree = AGREE_TERMS.stream().anyMatch(keywords::contains);
    return new ConsentEvidence(
        List.copyOf(keywords), strings, List.copyOf(urls), assets, policy && agree);
  }

  private static void inspect(
      String s, Set<String> keywords, List<String> strings, Set<String> urls) {
    String lower = s.toLowerCase(Locale.ROOT);
    boolean policyTerm = false;
    for (String term : POLICY_TERMS) {
      if (lower.contains(term)) {
        keywords.add(term);
        policyTerm = true;
      }
    }
    // Agree terms are common words; count them only in short strings (buttons) or policy texts.
    if (policyTerm || s.length() <= 8) {
      for (String term : AGREE_TERMS) {
        if (term.codePointAt(0) > 0x7f ? s.contains(term) : lower.equals(term)) {
          keywords.add(term);
        }
      }
    }
    if (policyTerm && strings.size() < MAX_STRINGS) {
      strings.add(s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s);
    }
    Matcher m = URL.matcher(s);
    while (m.find()) {
      if (policyTerm || POLICY_URL.matcher(m.group()).find()) {
        urls.add(m.group());
      }
    }
  }
}
