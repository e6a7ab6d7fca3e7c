package org.appwatch.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BadInputTest {

  private static final String POLICY =
      "<html><body><h1>隐私政策</h1>"
          + "<p>当您注册账号时，我们会收集您的手机号码，用于创建账号和登录。</p>".repeat(12)
          + "<p>您可以通过以下方式申请注销您的账号。如有疑问，请发送邮件至privacy@example.com与我们联系。</p>"
          + "</body></html>";

  private static PolicyStatus html(String page) {
    return PolicyAnalyzer.analyzeHtml(page, "t").status();
  }

  @Test
  void aRealPolicyPasses() {
    PolicyAnalysis a = PolicyAnalyzer.analyzeHtml(POLICY, "t");
    assertEquals(PolicyStatus.OK, a.status());
    assertTrue(a.found("M6.1") && a.found("M6.5") && a.found("M1.1"));
  }

  @Test
  void emptyAndBlankPagesHaveNoPolicyText() {
    assertEquals(PolicyStatus.NO_POLICY_TEXT, html(""));
    assertEquals(PolicyStatus.NO_POLICY_TEXT, html("<html><body>  </body></html>"));
    assertEquals(
        PolicyStatus.NO_POLICY_TEXT, PolicyAnalyzer.analyzeBytes(new byte[0], "t").status());
  }

  @Test
  void shortTextIsTooShort() {
    assertEquals(PolicyStatus.TOO_SHORT, html("<p>隐私政策正在更新中，敬请期待。</p>"));
  }

  @Test
  void documentLinkAndImageOnlyPagesAreToldApart() {
    assertEquals(
        PolicyStatus.DOCUMENT_LINK_ONLY,
        html("<html><body><a href=\"/files/privacy-2023.pdf\">隐私政策</a></body></html>"));
    assertEquals(
        PolicyStatus.IMAGE_ONLY, html("<html><body><img src=\"policy.png\"></body></html>"));
    assertEquals(
        PolicyStatus.IMAGE_ONLY,
        html("<html><body><a href=\"/files/privacy.jpg\">隐私政策</a></body></html>"));
  }

  @Test
  void loginWallIsRecognised() {
    String page =
        "<html><body><form><input name=u><input type=password name=p>"
            + "<button>登录</button></form><p>请先登录后查看</p></body></html>";
    assertEquals(PolicyStatus.LOGIN_WALL, html(page));
  }

  @Test
  void binaryDataIsNotMachineReadable() {
    byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3, 0, 0, 9};
    assertEquals(PolicyStatus.NOT_MACHINE_READABLE, PolicyAnalyzer.analyzeBytes(zip, "t").status());
    assertEquals(
        PolicyStatus.NOT_MACHINE_READABLE, html("\u0000\u0001\u0002binary\u0003".repeat(100)));
    byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
    assertEquals(PolicyStatus.NOT_MACHINE_READABLE, PolicyAnalyzer.analyzeBytes(pdf, "t").status());
  }

  @Test
  void gbkBytesAreDecodedAndMisdecodedTextIsRefused() {
    byte[] gbk = POLICY.getBytes(Charset.forName("GBK"));
    PolicyAnalysis a = PolicyAnalyzer.analyzeBytes(gbk, "t");
    assertEquals(PolicyStatus.OK, a.status());
    assertTrue(a.found("M6.1"));
    String mojibake = new String(gbk, StandardCharsets.ISO_8859_1);
    assertEquals(PolicyStatus.NOT_MACHINE_READABLE, html(mojibake));
  }

  @Test
  void fiftyMegabytePageIsRefusedQuickly() {
    String huge = "<p>" + "我们会收集您的信息。".repeat(5_000_000) + "</p>";
    assertTimeoutPreemptively(
        Duration.ofSeconds(2), () -> assertEquals(PolicyStatus.TOO_LARGE, html(huge)));
  }

  @Test
  void traditionalAndEnglishOnlyPoliciesAreAnalysedWithTheirScript() {
    String hant = "<p>" + "我們會收集您的個人資訊，用於註冊帳號與登入。".repeat(20) + "</p>";
    PolicyAnalysis t = PolicyAnalyzer.analyzeHtml(hant, "t");
    assertEquals(PolicyStatus.OK, t.status());
    assertEquals("Hant", t.language().script());
    String en =
        "<p>" + "We collect your email address to create your account. ".repeat(10) + "</p>";
    PolicyAnalysis e = PolicyAnalyzer.analyzeHtml(en, "e");
    assertEquals("en", e.language().language());
    assertTrue(e.found("M1.1"));
  }
}
