package org.appwatch.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void chineseTextWithCharsOutsideTheStableSetIsStillNfcNormalised() {
    // A compatibility ideograph, kana plus a voicing mark, and Hangul jamo all change under NFC.
    String raw = "我们\uF900收集\u304B\u3099信息\u1100\u1161。";
    assertEquals(Normalizer.normalize(raw, Normalizer.Form.NFC), TextNormalizer.block(raw));
    assertEquals("我们\u8C48收集\u304C信息\uAC00。", TextNormalizer.block(raw));
  }

  @Test
  void toneMarksOutOfCanonicalOrderAreReordered() {
    String raw = "字\u302B\u302A";
    assertEquals(Normalizer.normalize(raw, Normalizer.Form.NFC), TextNormalizer.block(raw));
  }

  @Test
  void formatCharactersGoBeforeWhiteSpaceRunsCollapse() {
    assertEquals(
        "个人 信息 policy", TextNormalizer.block("\u200B 个人 \u200B\u3000信息\u0085\u0007policy\n "));
  }
}
