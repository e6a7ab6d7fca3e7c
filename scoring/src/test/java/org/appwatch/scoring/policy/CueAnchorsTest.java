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
    // Optional parts are not required; top-level alternatives give no requirement at all.
    assertEquals(List.of(List.of("使用")), CueAnchors.required("(继续|开始)?使用"));
    assertEquals(List.of(), CueAnchors.required("共享|转让"));
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
