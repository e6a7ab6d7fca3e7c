package org.appwatch.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PolicyTextTest {

  private static final String PAGE =
      """
      <html><head><style>p{color:red}</style><script>var x = "收集";</script></head><body>
      <nav><a href="/">首页</a> 导航菜单</nav><header>站点页眉</header>
      <h1>某某APP隐私政策</h1><p>生效日期：2023年1月1日</p>
      <h2>一、我们如何收集信息</h2>
      <p>我们会收集您的手机号码。  用于注册！Please read this. It matters?</p>
      <ul><li>位置信息：用于推荐附近门店；</li><li>相机：用于扫码</li></ul>
      <p><strong>二、第三方SDK</strong></p>
      <table><tr><th>SDK名称</th><th>使用目的</th></tr>
      <tr><td><p>友盟SDK</p></td><td>统计分析</td></tr></table>
      <footer>版权所有 联系电话</footer></body></html>
      """;

  @Test
  void dropsChromeKeepsHeadingsAndOffsets() {
    PolicyText t = PolicyText.of("p", HtmlBlocks.of(Jsoup.parse(PAGE)));
    assertFalse(t.text().contains("导航菜单"));
    assertFalse(t.text().contains("页眉"));
    assertFalse(t.text().contains("版权所有"));
    assertFalse(t.text().contains("var x"));
    List<String> headings = t.sections().stream().map(Section::heading).toList();
    assertEquals(List.of("某某APP隐私政策", "一、我们如何收集信息", "二、第三方SDK"), headings);
    for (Sentence s : t.sentences()) {
      assertEquals(s.text(), t.text().substring(s.start(), s.end()), "offsets of " + s);
    }
    List<String> texts = t.sentences().stream().map(Sentence::text).toList();
    assertTrue(texts.contains("我们会收集您的手机号码。"));
    assertTrue(texts.contains("用于注册！"));
    assertTrue(texts.contains("Please read this."));
    assertTrue(texts.contains("It matters?"));
    assertTrue(texts.contains("位置信息：用于推荐附近门店；"));
    assertTrue(texts.contains("友盟SDK | 统计分析"), texts.toString());
    Sentence row = t.sentences().stream().filter(s -> s.text().startsWith("友盟")).findFirst().get();
    assertEquals("二、第三方SDK", row.heading());
    assertEquals(Block.Kind.TABLE_ROW, row.kind());
  }

  @Test
  void normalisesUnicodeAndWhitespaceSoHashesAgree() {
    String composed = "Caf\u00e9 policy\u3000text\u00a0here";
    String decomposed = "\uFEFFCafe\u0301   policy text\u2003 here";
    PolicyText a = PolicyText.of("a", PlainTextBlocks.of(composed));
    PolicyText b = PolicyText.of("b", PlainTextBlocks.of(decomposed));
    assertEquals("Café policy text here", a.text());
    assertEquals(a.text(), b.text());
    assertEquals(a.sha256(), b.sha256());
    assertEquals(64, a.sha256().length());
  }

  @Test
  void splitsWesternSentencesButNotAbbreviationsOrListNumbers() {
    PolicyText t =
        PolicyText.of(
            "e", PlainTextBlocks.of("We use data, e.g. logs. We keep it 2 years. 1. Item"));
    List<String> texts = t.sentences().stream().map(Sentence::text).toList();
    assertEquals(List.of("We use data, e.g. logs.", "We keep it 2 years.", "1. Item"), texts);
  }

  @Test
  void segmentsChineseWords() {
    List<String> words = ChineseSegmenter.words("我们会收集您的位置信息");
    assertTrue(words.contains("收集"), words.toString());
    assertTrue(words.size() >= 5 && words.size() <= 8, words.toString());
  }

  @Test
  void detectsScript() {
    assertEquals("Hans", ScriptDetector.detect("我们会收集您的个人信息，用于注册账号。这是隐私政策。").script());
    assertEquals("Hant", ScriptDetector.detect("我們會收集您的個人資訊，用於註冊帳號。這是隱私權政策。").script());
    LanguageInfo en =
        ScriptDetector.detect("We collect your personal information to provide the service.");
    assertEquals("en", en.language());
    assertEquals("Latn", en.script());
    LanguageInfo zhWithSdks = ScriptDetector.detect("我们接入了友盟SDK和Firebase Analytics，用于统计分析和崩溃报告。");
    assertEquals("zh", zhWithSdks.language());
  }
}
