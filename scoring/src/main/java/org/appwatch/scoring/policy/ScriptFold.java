package org.appwatch.scoring.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds Traditional Chinese characters to Simplified, one character for one, from {@code
 * hant-hans.tsv} (2,906 pairs generated from ICU's Traditional-Simplified transform). The result
 * has the same length as the input, so match offsets in folded text are offsets in the original:
 * cues are written once, in Simplified, and evidence still quotes the original sentence. Costs one
 * table lookup per character; thread-safe.
 */
public final class ScriptFold {

  private static final char[] TABLE = load();

  private ScriptFold() {}

  /** The text with every Traditional character replaced by its Simplified form; same length. */
  public static String fold(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = TABLE[c];
      if (f != 0 && f != c) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? text : new String(out);
  }

  private static char[] load() {
    char[] table = new char[Character.MAX_VALUE + 1];
    try (InputStream in = ScriptFold.class.getResourceAsStream("hant-hans.tsv")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("#") && l.length() == 3 && l.charAt(1) == '\t')
          .forEach(l -> table[l.charAt(0)] = l.charAt(2));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }
}
