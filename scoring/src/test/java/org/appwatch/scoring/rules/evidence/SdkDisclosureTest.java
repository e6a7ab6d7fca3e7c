package org.appwatch.scoring.rules.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SdkDisclosureTest {

  private final SdkDisclosure names = SdkDisclosure.standard();

  private static ApkFacts.SdkFact sdk(String id, String name, String vendor) {
    return new ApkFacts.SdkFact(id, name, vendor, List.of(), List.of(), null);
  }

  private static List<PolicyFacts.ThirdParty> policy(String name, String vendor) {
    return List.of(new PolicyFacts.ThirdParty(name, null, vendor, "", null));
  }

  @Test
  void normalisationKeepsLettersAndDigitsOnly() {
    assertEquals("优量汇腾讯广告", SdkDisclosure.normalise("优量汇（腾讯广告）"));
    assertEquals("tencentadsgdt", SdkDisclosure.normalise("Tencent Ads (GDT)"));
    assertEquals("umengsdk", SdkDisclosure.normalise("ＵＭＥＮＧ SDK")); // full-width, NFKC
  }

  @Test
  void namesMatchAcrossLanguagesThroughPartsWordsAndAliases() {
    assertTrue(names.named(sdk("bugly", "Tencent Bugly", "Tencent"), policy("腾讯 Bugly", "")));
    assertTrue(
        names.named(
            sdk("cn-tencent-gdt", "Tencent Ads / GDT (优量汇)", "Tencent"), policy("优量汇（腾讯广告）", "")));
    assertTrue(names.named(sdk("umeng-analytics", "Umeng U-App", null), policy("友盟统计 SDK", "")));
    assertTrue(names.named(sdk("jpush", "JPush", null), policy("极光推送", "深圳市和讯华谷信息技术有限公司")));
  }

  @Test
  void aVendorOrAGenericWordDisclosesNothing() {
    assertFalse(
        names.named(sdk("bugly", "Tencent Bugly", "Tencent"), policy("腾讯", "深圳市腾讯计算机系统有限公司")));
    assertFalse(
        names.named(
            sdk("admob", "Google AdMob", "Google LLC"),
            policy("Google Firebase Analytics", "Google LLC")));
    assertFalse(names.named(sdk("x", "Push SDK", null), policy("推送 SDK", "")));
  }

  @Test
  void catalogueEntriesOfOneSdkShareItsKey() {
    // Exodus and LibChecker both detect AMap's package root; the policy names the product.
    assertTrue(names.named(sdk("lc-sdk-da85ffc7", "高德 SDK", null), policy("高德定位", "")));
    assertTrue(names.named(sdk("lc-sdk-db0a7808", "高德地图 SDK", null), policy("AMap Location", "")));
    assertTrue(names.named(sdk("exodus-76", "WeChat Location", null), policy("腾讯定位", "")));
    assertTrue(names.named(sdk("exodus-65", "Facebook Ads", null), policy("Facebook 广告", "")));
    // WeChat Pay on Android is the WeChat OpenSDK (com.tencent.mm.opensdk.modelpay).
    assertTrue(
        names.named(
            sdk("cn-wechat-opensdk", "WeChat OpenSDK (微信开放平台)", "Tencent"), policy("微信支付", "")));
  }

  @Test
  void aBaseRuntimeIsNamedByAnyProductOfItsFamilyAProductOnlyByItself() {
    assertTrue(
        names.named(sdk("cn-umeng-common", "Umeng Common", null), policy("Umeng U-App", "")));
    assertTrue(names.named(sdk("cn-jiguang-jcore", "JCore (极光核心)", null), policy("极光推送", "")));
    assertTrue(
        names.named(
            sdk("lc-google-mobile-service", "Google Mobile Service", null),
            policy("Firebase 分析", "")));
    assertTrue(names.named(sdk("lc-sdk-c6718df9", "百度地图 SDK", null), policy("百度定位", "")));
    assertFalse(names.named(sdk("exodus-99", "Baidu Map", null), policy("百度定位", "")));
    assertFalse(names.named(sdk("exodus-119", "Umeng Analytics", null), policy("友盟推送", "")));
    assertFalse(names.named(sdk("lc-sdk-c6718df9", "百度地图 SDK", null), policy("百度统计", "")));
  }

  @Test
  void theAnalysersKeyIsUsedBeforeTheName() {
    List<PolicyFacts.ThirdParty> traditional =
        List.of(new PolicyFacts.ThirdParty("騰訊定位", "exodus-112", "", "", null));
    assertTrue(names.named(sdk("exodus-112", "Tencent Map LBS", null), traditional));
  }
}
