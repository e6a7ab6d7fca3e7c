package org.appwatch.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyValuesTest {

  private static final String POLICY =
      """
      某某APP隐私政策
      生效日期：2018年1月25日
      更新日期：2022年6月17日
      一、我们如何收集和使用您的个人信息
      当您使用附近门店功能时，我们会申请位置权限，用于为您推荐附近的门店。
      我们会收集您的通讯录。
      第三方SDK名称\t提供方\t使用目的
      高德定位SDK\t提供方：高德软件有限公司\t使用目的：用于实现定位
      我们接入的极光推送SDK会收集您的设备信息。
      二、联系我们
      您可以发送邮件至privacy@example.com，或拨打客服电话400-123-4567，或写信至：北京市海淀区中关村大街1号。
      我们将在十五个工作日内回复您的请求。
      对于注销请求，我们将在三十个工作日内完成处理。
      """;

  private final PolicyAnalysis analysis = PolicyAnalyzer.analyzeText(POLICY.repeat(1), "v");

  @Test
  void readsDates() {
    List<PolicyValues.DateValue> dates = analysis.values().dates();
    assertTrue(
        dates.contains(new PolicyValues.DateValue("effective", "2018-01-25", 1)), dates.toString());
    assertTrue(
        dates.stream().anyMatch(d -> d.kind().equals("updated") && d.date().equals("2022-06-17")));
  }

  @Test
  void readsResponseTimesWithChineseNumerals() {
    List<PolicyValues.ResponseTime> times = analysis.values().responseTimes();
    assertTrue(times.stream().anyMatch(t -> t.days() == 15 && !t.exceedsLimit()), times.toString());
    assertTrue(times.stream().anyMatch(t -> t.days() == 30 && t.exceedsLimit()), times.toString());
    assertEquals(15, ChineseNumerals.parse("十五"));
    assertEquals(120, ChineseNumerals.parse("一百二十"));
    assertEquals(20, ChineseNumerals.parse("二十"));
    assertEquals(-1, ChineseNumerals.parse("若干"));
  }

  @Test
  void readsContactChannels() {
    List<String> channels =
        analysis.values().contactChannels().stream().map(c -> c.kind() + ":" + c.value()).toList();
    assertTrue(channels.contains("email:privacy@example.com"), channels.toString());
    assertTrue(channels.contains("phone:400-123-4567"), channels.toString());
    assertTrue(
        channels.stream().anyMatch(c -> c.startsWith("address:北京市海淀区")), channels.toString());
  }

  @Test
  void readsSensitiveItemsAndWhetherAPurposeIsStated() {
    List<PolicyValues.SensitiveItem> items = analysis.values().sensitiveItems();
    assertTrue(
        items.stream().anyMatch(i -> i.item().equals("location") && i.purposeStated()),
        items.toString());
    assertTrue(
        items.stream().anyMatch(i -> i.item().equals("contacts") && !i.purposeStated()),
        items.toString());
    assertTrue(
        items.stream().anyMatch(i -> i.item().equals("location") && i.permissionStatement()));
    assertTrue(
        items.stream().anyMatch(i -> i.item().equals("contacts") && !i.permissionStatement()));
  }

  @Test
  void aPermissionsPurposeIsNotReadAsAnItemOfItsOwn() {
    String text =
        """
        我们申请的设备权限
        相机权限：我们会在您使用相应功能时申请该权限，用于拍摄照片、扫描二维码以及上传头像。
        本应用会使用您设备的存储权限。
        Permission for camera: requested when you use the related feature, in order to take photos.
        We ask for the camera permission (android.permission.CAMERA) to take photos.
        """;
    List<String> items =
        PolicyAnalyzer.analyzeText(text, "v").values().sensitiveItems().stream()
            .map(i -> i.item() + ":" + i.term() + ":" + i.purposeStated())
            .toList();
    // 照片 / photos stand for what the camera is used for; storage is asked for with no purpose.
    assertEquals(
        List.of(
            "camera:相机:true",
            "storage:存储:false",
            "camera:camera:true",
            "camera:android.permission.CAMERA:true"),
        items);
  }

  @Test
  void readsNamedSdksWithVendorAndPurpose() {
    List<PolicyValues.ThirdParty> parties = analysis.values().thirdParties();
    PolicyValues.ThirdParty amap =
        parties.stream()
            .filter(p -> p.key().equals("exodus-361") && p.name().startsWith("高德定位"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(parties));
    assertEquals("高德软件有限公司", amap.vendor());
    assertEquals("用于实现定位", amap.purpose());
    assertTrue(parties.stream().anyMatch(p -> p.name().equals("极光推送 SDK")), parties.toString());
    assertTrue(parties.stream().anyMatch(p -> p.key().equals("exodus-343")), parties.toString());
    assertFalse(parties.stream().anyMatch(p -> p.name().startsWith("第三方")), parties.toString());
  }

  @Test
  void jsonRoundTripsAndOneLineHasNoBreaks() {
    String line = PolicyAnalysisJson.write(analysis, true);
    assertFalse(line.contains("\n"));
    assertEquals(analysis, PolicyAnalysisJson.read(line));
    assertTrue(PolicyAnalysisJson.write(analysis, false).contains("\"M6.5\""));
    Readability r = analysis.readability();
    assertTrue(r.words() > 50 && r.jargonTerms() >= 2 && r.meanSentenceChars() > 5, r.toString());
  }
}
