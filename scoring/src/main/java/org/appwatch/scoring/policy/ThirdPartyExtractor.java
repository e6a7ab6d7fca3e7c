package org.appwatch.scoring.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads named SDKs and third parties (M2.1) from third-party detections, including SDK tables
 * flattened into rows ("高德定位SDK | 提供方：高德软件有限公司 | 使用目的：用于实现定位"). A name is the word run before "SDK"
 * after the last verb or particle (接入的极光推送SDK -> 极光推送); generic words (第三方SDK, 该SDK) are not names.
 * Vendors come from 提供方/公司名称 labels or company suffixes (有限公司, Inc., Ltd.), purposes from
 * 目的/用途/purpose labels.
 */
final class ThirdPartyExtractor {

  // SdkNameFinder relies on this shape: a run of 1-24 name chars, optional spaces and comma, SDK.
  static final Pattern ZH_SDK =
      Pattern.compile("([\\p{IsHan}A-Za-z0-9+·\\-]{1,24})\\s*[,，]?\\s*SDK");
  private static final Pattern EN_SDK =
      Pattern.compile("\\b([A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,3}) SDK\\b");
  private static final Pattern CUT =
      Pattern.compile(".*(的|了|及|和|与|或|、|集成|接入|嵌入|内嵌|使用|通过|调用|包括|包含|如|例如|是|在)");
  private static final Set<String> GENERIC =
      Set.of(
          "第三方", "三方", "该", "此", "此类", "这些", "相关", "上述", "以下", "其他", "类似", "合作方", "合作伙伴", "授权合作伙伴",
          "部分", "各", "各类", "任何", "我们", "本", "这类", "第三方服务商", "The", "This", "Third", "Our", "These");
  // Names made only of determiners and party words (以下第三方, 上述合作方) name no SDK.
  private static final Pattern ONLY_GENERIC =
      Pattern.compile(
          "(?i)(以下|上述|下列|如下|相关|其他|该|此|这些|各|部分|第三方|三方|合作方|合作伙伴|服务商|我们|接入|使用"
              + "|third|party|parties|the|these|this|our|following|other|[- ])+");
  private static final String VENDOR_LABEL =
      "(?:提供方|第三方(?:公司)?名称|公司名称|开发者|运营方)\\s*[:：]\\s*([^,，。；;|]{2,40})";
  private static final String VENDOR_COMPANY =
      "([\\p{IsHan}（）()]{2,30}(?:有限责任公司|股份有限公司|有限公司))"
          + "|\\b([A-Z][A-Za-z0-9&.\\- ]{1,40}(?:Inc\\.|Ltd\\.?|LLC|GmbH|Limited|Corporation))";
  private static final AnchoredPattern VENDOR =
      AnchoredPattern.compile(VENDOR_LABEL + "|" + VENDOR_COMPANY);
  // Without a company suffix in the text only the label branch can match, and it alone is cheap:
  // the company branch tries a 30-character class run at every Han character.
  private static final AnchoredPattern VENDOR_BY_LABEL = AnchoredPattern.compile(VENDOR_LABEL);
  private static final AnchoredPattern COMPANY = AnchoredPattern.compile(VENDOR_COMPANY);
  private static final AnchoredPattern PURPOSE =
      AnchoredPattern.compile("(?i)(?:使用目的|目的|用途|功能|purpose)\\s*[:：]\\s*([^,，。；;|]{2,60})");

  private ThirdPartyExtractor() {}

  /**
   * The parties of the policy's SDK tables and lists ({@link SdkListReader}), then those named in
   * the prose of third-party detections; one entry per key, at its first mention.
   */
  static List<PolicyValues.ThirdParty> extract(
      List<Sentence> sentences, List<Detection> detections) {
    List<PolicyValues.ThirdParty> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Set<Integer> listSentences = new java.util.HashSet<>();
    for (PolicyValues.ThirdParty listed : SdkListReader.read(sentences)) {
      listSentences.add(listed.sentence());
      if (!listed.key().isEmpty() && seen.add(listed.key())) {
        out.add(listed);
      }
    }
    for (Detection d : detections) {
      if (listSentences.contains(d.sentence())) {
        continue; // already read field by field
      }
      String text = ScriptFold.fold(d.text());
      String lower = CueAnchors.lower(text);
      String vendor = first(COMPANY.mayMatch(lower) ? VENDOR : VENDOR_BY_LABEL, text, lower);
      String purpose = first(PURPOSE, text, lower);
      List<String> names = new ArrayList<>();
      // Both name patterns end in "SDK"; their long leading classes are costly to try everywhere.
      boolean sdk = text.contains("SDK");
      for (String group : sdk ? SdkNameFinder.zhNames(text, ZH_SDK) : List.<String>of()) {
        String name = CUT.matcher(group).replaceFirst("").strip();
        if (!name.isEmpty() && !GENERIC.contains(name) && !ONLY_GENERIC.matcher(name).matches()) {
          names.add(name + " SDK");
        }
      }
      Matcher en = EN_SDK.matcher(text);
      while (sdk && en.find()) {
        String name = en.group(1).replaceFirst("^(The|This|Our|These|Third) ", "");
        if (!GENERIC.contains(name)) {
          names.add(name + " SDK");
        }
      }
      if (names.isEmpty() && !vendor.isEmpty()) {
        names.add(vendor);
      }
      for (String name : names) {
        String key = SdkNames.key(name);
        if (seen.add(key)) {
          out.add(new PolicyValues.ThirdParty(name, key, vendor, purpose, "", d.sentence()));
        }
      }
    }
    return List.copyOf(out);
  }

  private static String first(AnchoredPattern p, String text, String lower) {
    if (!p.mayMatch(lower)) {
      return "";
    }
    Matcher m = p.pattern().matcher(text);
    if (!m.find()) {
      return "";
    }
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g).strip();
      }
    }
    return "";
  }
}
