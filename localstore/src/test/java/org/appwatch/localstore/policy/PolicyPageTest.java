package org.appwatch.localstore.policy;

import static org.appwatch.localstore.policy.PolicyFixtures.parse;
import static org.appwatch.localstore.policy.PolicyFixtures.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Page structure, forms, escaping and determinism. */
class PolicyPageTest {

  private final PolicyWriter writer = new PolicyWriter();

  @Test
  void simplifiedPageLooksLikeAPolicyOnASite() {
    PolicySpec spec = spec(PolicyLanguage.SIMPLIFIED_CHINESE, EnumSet.allOf(Clause.class), 5);
    Document page = parse(writer.html(spec));
    assertEquals("zh-Hans", page.selectFirst("html").attr("lang"));
    assertEquals("《快看天气隐私政策》", page.title());
    assertEquals("《快看天气隐私政策》", page.selectFirst("article h1").text());
    assertFalse(page.select("header nav a").isEmpty());
    assertFalse(page.select("footer").text().isEmpty());
    assertFalse(page.select("script").isEmpty());
    List<String> h2 = page.select("article h2").eachText();
    assertTrue(h2.contains("一、我们如何收集和使用您的个人信息"), h2.toString());
    assertEquals(List.of("我们申请的设备权限", "第三方SDK目录"), page.select("article h3").eachText());
    assertTrue(page.select("ol.toc li").eachText().contains("一、我们如何收集和使用您的个人信息"));
    assertTrue(page.text().contains("生效日期") || page.text().contains("生效时间"));
    assertTrue(page.text().contains("2023年3月15日") && page.text().contains("2024年11月2日"));
  }

  @Test
  void scriptsCarryNoPolicyText() {
    Document page =
        parse(writer.html(spec(PolicyLanguage.SIMPLIFIED_CHINESE, EnumSet.allOf(Clause.class), 1)));
    String scripts =
        String.join(" ", page.select("script").eachAttr("src")) + page.select("script").html();
    assertTrue(
        scripts
            .codePoints()
            .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
  }

  @Test
  void withoutAnyClauseThePageIsBoilerplateWithoutCollectionRulesOrDates() {
    PolicySpec spec = spec(PolicyLanguage.SIMPLIFIED_CHINESE, EnumSet.noneOf(Clause.class), 2);
    Document page = parse(writer.html(spec));
    String text = page.text();
    assertFalse(text.contains("我们如何收集和使用"), text);
    assertFalse(
        text.contains("2023年") || text.contains("2024年") || text.contains(PolicyFixtures.EMAIL));
    assertTrue(text.contains("未成年人") && text.contains("附录：相关定义"), text);
    assertEquals(
        List.of("引言", "一、我们如何存储和保护您的个人信息", "二、我们如何处理未成年人的个人信息", "三、本政策如何更新", "附录：相关定义"),
        page.select("article h2").eachText());
  }

  @ParameterizedTest
  @EnumSource(PolicyLanguage.class)
  void equalSpecsGiveIdenticalPagesAndPhrasingVariesThem(PolicyLanguage language) {
    Set<String> distinct = new HashSet<>();
    for (long phrasing = 0; phrasing < 10; phrasing++) {
      String first = writer.html(spec(language, EnumSet.allOf(Clause.class), phrasing));
      String second =
          new PolicyWriter().html(spec(language, EnumSet.allOf(Clause.class), phrasing));
      assertEquals(first, second);
      distinct.add(first);
    }
    assertTrue(distinct.size() >= 8, "phrasing changes the wording: " + distinct.size());
  }

  @Test
  void namesAndAddressesAreEscaped() {
    PolicySpec base = spec(PolicyLanguage.ENGLISH, EnumSet.allOf(Clause.class), 0);
    PolicySpec hostile =
        new PolicySpec(
            "<script>alert('x')</script>",
            "A & B <b>Co</b>",
            base.language(),
            base.clauses(),
            List.of(new PolicySpec.SdkDisclosure("<i>Sdk</i>", "V\"endor", "a<b", List.of("x&y"))),
            base.permissions(),
            base.effectiveDate(),
            base.updatedDate(),
            base.responseWorkingDays(),
            "\"><img src=x>@example.com",
            PolicyForm.HTML,
            0);
    String html = writer.html(hostile);
    Document page = parse(html);
    assertFalse(
        html.contains("<script>alert") || html.contains("<b>Co") || html.contains("<i>Sdk"));
    assertTrue(page.select("b, i, img").isEmpty());
    assertTrue(page.title().contains("<script>alert('x')</script>"));
    assertTrue(
        page.text().contains("A & B <b>Co</b>")
            && page.text().contains("\"><img src=x>@example.com"));
    for (PolicyForm form : PolicyForm.values()) {
      Document other =
          parse(
              writer.html(
                  new PolicySpec(
                      hostile.appName(),
                      hostile.operator(),
                      hostile.language(),
                      hostile.clauses(),
                      hostile.sdks(),
                      hostile.permissions(),
                      hostile.effectiveDate(),
                      hostile.updatedDate(),
                      15,
                      hostile.contactEmail(),
                      form,
                      0)));
      assertTrue(other.select("b, i").isEmpty(), form.toString());
      assertFalse(other.select("script").html().contains("alert"), form.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(PolicyLanguage.class)
  void pdfLinkPageHoldsOnlyTheLink(PolicyLanguage language) {
    Document page = parse(writer.html(form(language, PolicyForm.PDF_LINK_ONLY)));
    assertEquals(1, page.body().children().size());
    String href = page.body().child(0).attr("href");
    assertTrue(href.endsWith("-privacy.pdf"), href);
    assertEquals(page.body().child(0).text(), page.body().text());
  }

  @Test
  void pdfLinkIsNamedAfterTheApp() {
    PolicySpec spec = form(PolicyLanguage.ENGLISH, PolicyForm.PDF_LINK_ONLY);
    assertEquals(
        "QuickWeather-privacy.pdf", parse(writer.html(spec)).selectFirst("a").attr("href"));
  }

  @ParameterizedTest
  @EnumSource(PolicyLanguage.class)
  void imagePageHoldsOnlyAnImage(PolicyLanguage language) {
    Document page = parse(writer.html(form(language, PolicyForm.IMAGE_ONLY)));
    assertEquals(List.of("img"), page.body().children().stream().map(e -> e.tagName()).toList());
    assertTrue(page.selectFirst("img").attr("src").endsWith("-privacy.png"));
    assertEquals("", page.body().text());
  }

  @ParameterizedTest
  @EnumSource(PolicyLanguage.class)
  void loginWallAsksToSignIn(PolicyLanguage language) {
    Document page = parse(writer.html(form(language, PolicyForm.LOGIN_WALL)));
    assertFalse(page.select("form input[type=password]").isEmpty());
    String prompt = TemplateCatalog.get().templates(language).page().loginPrompt();
    assertTrue(page.text().contains(prompt));
    assertFalse(page.text().contains(PolicyFixtures.EMAIL));
    if (language == PolicyLanguage.SIMPLIFIED_CHINESE) {
      assertTrue(page.text().contains("请登录后查看"));
    }
  }

  @Test
  void formsOtherThanHtmlCarryNoClauseText() {
    for (PolicyForm form :
        List.of(PolicyForm.PDF_LINK_ONLY, PolicyForm.IMAGE_ONLY, PolicyForm.LOGIN_WALL)) {
      String text = parse(writer.html(form(PolicyLanguage.SIMPLIFIED_CHINESE, form))).text();
      for (Clause clause : Clause.values()) {
        for (List<String> fragments :
            ClauseFragments.of(PolicyLanguage.SIMPLIFIED_CHINESE, clause)) {
          fragments.forEach(f -> assertFalse(text.contains(f), form + " " + clause + " " + f));
        }
      }
      assertNotEquals(
          "", parse(writer.html(form(PolicyLanguage.SIMPLIFIED_CHINESE, form))).title());
    }
  }

  @Test
  void hardNegativesAppearOnlyWhileTheirClauseIsAbsent() {
    PolicyTemplates t = TemplateCatalog.get().templates(PolicyLanguage.SIMPLIFIED_CHINESE);
    for (var negative : t.hardNegatives().entrySet()) {
      boolean seen = false;
      for (long phrasing = 0; phrasing < 16; phrasing++) {
        String absent =
            parse(
                    writer.html(
                        spec(
                            PolicyLanguage.SIMPLIFIED_CHINESE,
                            PolicyFixtures.allBut(negative.getKey()),
                            phrasing)))
                .text();
        seen |= absent.contains(negative.getValue());
        String present =
            parse(
                    writer.html(
                        spec(
                            PolicyLanguage.SIMPLIFIED_CHINESE,
                            EnumSet.allOf(Clause.class),
                            phrasing)))
                .text();
        assertFalse(present.contains(negative.getValue()), negative.getValue());
      }
      assertTrue(seen, "hard negative never written: " + negative.getValue());
    }
  }

  private static PolicySpec form(PolicyLanguage language, PolicyForm form) {
    return spec(language, EnumSet.allOf(Clause.class), 4, form, PolicyFixtures.permissions());
  }
}
