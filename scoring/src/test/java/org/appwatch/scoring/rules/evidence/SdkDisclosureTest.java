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
    return List.of(new PolicyFacts.ThirdParty(name, vendor, "", null));
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
            sdk("wechat-opensdk", "WeChat OpenSDK", "Tencent"), policy("微信支付", "财付通支付科技有限公司")));
    assertFalse(
        names.named(
            sdk("admob", "Google AdMob", "Google LLC"),
            policy("Google Firebase Analytics", "Google LLC")));
    assertFalse(names.named(sdk("x", "Push SDK", null), policy("推送 SDK", "")));
  }
}
