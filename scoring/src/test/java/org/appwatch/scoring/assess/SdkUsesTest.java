package org.appwatch.scoring.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SdkUsesTest {

  private static final List<String> WECHAT = List.of("social-login", "payment", "share");
  private static final String SEND_AUTH = "com.tencent.mm.opensdk.modelmsg.SendAuth";
  private static final String PAY_REQ = "com.tencent.mm.opensdk.modelpay.PayReq";

  @Test
  void aUseShownAloneByItsClassIsDecided() {
    assertEquals(
        List.of("social-login"),
        SdkUses.categories("cn-wechat-opensdk", WECHAT, Set.of(SEND_AUTH), List.of()));
    assertEquals(
        List.of("payment"),
        SdkUses.categories("cn-wechat-opensdk", WECHAT, Set.of(PAY_REQ), List.of()));
  }

  @Test
  void severalUsesClassesLeaveEachPossibleUnlessACallbackDecides() {
    assertEquals(
        List.of("possible-social-login", "possible-payment"),
        SdkUses.categories("cn-wechat-opensdk", WECHAT, Set.of(SEND_AUTH, PAY_REQ), List.of()));
    assertEquals(
        List.of("social-login", "possible-payment", "share"),
        SdkUses.categories(
            "cn-wechat-opensdk",
            WECHAT,
            Set.of(SEND_AUTH, PAY_REQ),
            List.of("com.example.app.wxapi.WXEntryActivity")));
    assertEquals(
        List.of("possible-payment", "possible-social-login"),
        SdkUses.categories(
            "cn-alipay",
            List.of("payment", "social-login"),
            Set.of("com.alipay.sdk.app.PayTask", "com.alipay.sdk.app.AuthTask"),
            List.of()));
  }

  @Test
  void sdksOutsideTheTableKeepTheirCatalogueCategories() {
    assertEquals(
        List.of("social-login", "share"),
        SdkUses.categories("cn-qq-connect", List.of("social-login", "share"), Set.of(), List.of()));
  }
}
