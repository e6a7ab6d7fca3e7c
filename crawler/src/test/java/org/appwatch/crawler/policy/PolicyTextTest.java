package org.appwatch.crawler.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PolicyTextTest {

  /** The regex form {@link PolicyText#normalise} replaced; texts hashed before must keep hashes. */
  private static String byRegex(String raw) {
    StringBuilder b = new StringBuilder();
    for (String line : Normalizer.normalize(raw, Normalizer.Form.NFC).split("\n")) {
      String folded = line.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
      if (!folded.isEmpty() && !folded.matches("#+")) {
        b.append(folded).append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void normaliseFoldsLikeTheRegexItReplaced() {
    char[] alphabet = {
      'a', 'Z', '#', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u3000', '\u2003', '\u001F',
      '隐', 'e', '\u0301', '\u2028'
    };
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertEquals(byRegex(s.toString()), PolicyText.normalise(s.toString()), "input: " + s);
    }
  }

  @Test
  void keepsHeadingsAndTellsScripts() {
    PolicyText t =
        PolicyText.extract(
            "<html><head><title>T</title></head><body><nav>menu</nav><main><h2>隐私政策</h2>"
                + "<p>我们  收集\u3000信息</p><h3> </h3></main></body></html>",
            "http://example.test/p");
    assertEquals("## 隐私政策\n我们 收集 信息\n", t.text());
    assertEquals("zh", t.language());
    assertEquals("Hans", t.script());
  }
}
