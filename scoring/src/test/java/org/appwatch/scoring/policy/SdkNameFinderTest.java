package org.appwatch.scoring.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.appwatch.scoring.policy.eval.CappCorpus;
import org.junit.jupiter.api.Test;

class SdkNameFinderTest {

  /** What the finder must reproduce: group 1 of a plain find loop. */
  private static List<String> findLoop(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = ThirdPartyExtractor.ZH_SDK.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void findsTheNamesOfTablesAndProse() {
    assertEquals(
        List.of("我们接入的极光推送", "高德定位", "开放平台"),
        SdkNameFinder.zhNames(
            "我们接入的极光推送SDK和 | 高德定位 SDK | 微信 开放平台，SDK、SDK", ThirdPartyExtractor.ZH_SDK));
  }

  @Test
  void agreesWithAFindLoopOnEveryCorpusSentenceNamingAnSdk() {
    int checked = 0;
    for (CappCorpus.CappPolicy p : CappCorpus.load(CappCorpus.defaultDir())) {
      for (CappCorpus.LabelledSentence s : p.sentences()) {
        if (s.text().contains("SDK")) {
          assertEquals(
              findLoop(s.text()), SdkNameFinder.zhNames(s.text(), ThirdPartyExtractor.ZH_SDK));
          checked++;
        }
      }
    }
    assertTrue(checked > 50, checked + " sentences");
  }

  @Test
  void agreesWithAFindLoopOnRandomMixesOfNameCharsSpacesCommasAndSdk() {
    String[] parts = {
      "SDK", "S", "DK", "极", "光", "a", "9", "·", " ", "  ", ",", "，", "、", "的", "(", "\n"
    };
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(40);
      for (int j = 0; j < n; j++) {
        b.append(parts[random.nextInt(parts.length)]);
      }
      String text = b.toString();
      assertEquals(findLoop(text), SdkNameFinder.zhNames(text, ThirdPartyExtractor.ZH_SDK), text);
    }
  }
}
