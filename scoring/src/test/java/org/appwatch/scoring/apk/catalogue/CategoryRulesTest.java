package org.appwatch.scoring.apk.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pinned category rules on names from the upstream lists. */
class CategoryRulesTest {
  private static final Path RULES = Path.of("src/catalogue/sdk-categories.json");

  @Test
  void wordsOfTheNameGiveTheCategories() throws Exception {
    CategoryRules rules = CategoryRules.read(RULES);
    assertEquals(Set.of("ads"), rules.categories("exodus-100", "Baidu Mobile Ads"));
    assertEquals(Set.of("location"), rules.categories("exodus-97", "Baidu Location"));
    assertEquals(Set.of("location"), rules.categories("exodus-99", "Baidu Map"));
    assertEquals(Set.of("location"), rules.categories("exodus-76", "WeChat Location"));
    assertEquals(Set.of("location"), rules.categories("lc-x", "百度地图 SDK"));
    assertEquals(Set.of("push"), rules.categories("lc-y", "Meizu Push(GeTui Proxy)"));
    assertEquals(Set.of("social-login"), rules.categories("lc-z", "Google Sign-In"));
  }

  @Test
  void aLatinWordMustBeAWholeWordAndListedIdsWin() throws Exception {
    CategoryRules rules = CategoryRules.read(RULES);
    assertEquals(Set.of(), rules.categories("exodus-157", "Adform"));
    assertEquals(Set.of(), rules.categories("lc-glide", "Glide"));
    assertEquals(Set.of(), rules.categories("lc-bitmap", "Bitmap Tools"));
    assertEquals(Set.of("crash"), rules.categories("exodus-190", "Bugly"));
  }
}
