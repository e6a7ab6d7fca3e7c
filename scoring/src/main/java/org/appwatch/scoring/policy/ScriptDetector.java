package org.appwatch.scoring.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Detects language (Chinese vs English) and Chinese script (Simplified vs Traditional) by counting
 * characters. Chinese when Han characters are at least a third of the Latin letters (an English
 * word is ~5 letters, a Chinese word ~1.5 characters, so this is "more Chinese words than English
 * ones" with room for SDK names and URLs). Script from the pairs in {@code script-variants.tsv}:
 * Traditional when Traditional-only characters outnumber Simplified-only ones two to one.
 * Thread-safe; the character list loads once.
 */
public final class ScriptDetector {

  private static final BitSet SIMPLIFIED = new BitSet(0x10000);
  private static final BitSet TRADITIONAL = new BitSet(0x10000);

  /** Han characters of the BMP: Character.UnicodeScript.of is a binary search per character. */
  private static final BitSet HAN = new BitSet(0x10000);

  static {
    for (int c = 0x80; c < 0x10000; c++) {
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        HAN.set(c);
      }
    }
    try (InputStream in = ScriptDetector.class.getResourceAsStream("script-variants.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          SIMPLIFIED.set(line.charAt(0));
          TRADITIONAL.set(line.charAt(2));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ScriptDetector() {}

  /** {@code Character.UnicodeScript.of(c) == HAN}, by table lookup. */
  static boolean isHan(char c) {
    return c >= 0x80 && HAN.get(c);
  }

  /** Language and script of {@code text}; never null. */
  public static LanguageInfo detect(CharSequence text) {
    int han = 0;
    int latin = 0;
    int simplified = 0;
    int traditional = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
          latin++;
        }
      } else if (HAN.get(c)) {
        han++;
        if (SIMPLIFIED.get(c)) {
          simplified++;
        } else if (TRADITIONAL.get(c)) {
          traditional++;
        }
      }
    }
    if (han > 0 && han * 3 >= latin) {
      String script;
      if (traditional > 2 * simplified && traditional >= 3) {
        script = "Hant";
      } else if (simplified >= 3 && simplified >= traditional) {
        script = "Hans";
      } else {
        script = "Hani";
      }
      return new LanguageInfo("zh", script, han, latin, simplified, traditional);
    }
    if (latin > 0) {
      return new LanguageInfo("en", "Latn", han, latin, simplified, traditional);
    }
    return new LanguageInfo("und", "Zyyy", han, latin, simplified, traditional);
  }
}
