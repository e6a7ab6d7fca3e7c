package org.appwatch.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueAnchorsTest {

  @Test
  void everyMandatoryElementOfAnABCueHasAnchors() {
    assertEquals(
        List.of(List.of("收集", "获取"), List.of("信息", "数据")),
        CueAnchors.required("(收集|获取)[^。；]{0,60}(信息|数据)(?![^。]{0,4}权限)"));
    assertEquals(
        List.of(List.of("within"), List.of("days")),
        CueAnchors.required("(?i)\\bwithin\\s+\\d+\\s*(days)\\b"));
    // Optional parts are not required.
    assertEquals(List.of(List.of("使用")), CueAnchors.required("(继续|开始)?使用"));
  }

  @Test
  void topLevelAlternativesRequireOnlyWhatEachOfThemRequires() {
    assertEquals(List.of(), CueAnchors.required("共享|转让"));
    assertEquals(
        List.of(List.of("权限")), CueAnchors.required("(申请|请求|获取)[^。；，]{0,20}权限|权限(说明|列表|清单)"));
    // A list of the first alternative covering one of each other alternative's lists.
    assertEquals(
        List.of(List.of("政策", "指引", "声明")),
        CueAnchors.required("(本|该)(政策|指引|声明)[^。]{0,9}更新|修改[^。]{0,9}(政策|声明)"));
    assertEquals(List.of(), CueAnchors.required("(本|隐私)(政策|指引)[^。]{0,9}更新|重大变更"));
  }

  @Test
  void caseFlagsInsideARegexStillGiveAnchors() {
    assertEquals(List.of("位置", "location"), CueAnchors.of("位置|(?i)\\blocation\\b"));
  }

  @Test
  void firstCharactersLookPastCaseFlagsWordBoundariesAndOptionalGroups() {
    var first = FirstChars.of("(?i)\\b(share|provide)\\w*");
    assertTrue(first.get('s') && first.get('S') && first.get('p') && first.get('P'));
    assertEquals(4, first.cardinality());
    var zh = FirstChars.of("(继续|开始)?使用");
    assertEquals(3, zh.cardinality());
    assertTrue(zh.get('继') && zh.get('开') && zh.get('使'));
  }
}
