package org.appwatch.scoring.policy;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Unicode NFC plus whitespace normalisation of one block: every run of white space (including
 * no-break and ideographic spaces and line breaks) becomes one ASCII space, format and control
 * characters (BOM, zero-width, stray C0 controls) are removed, and the ends are trimmed. Offsets
 * reported by the analyser are offsets into text normalised this way, so the hash and the offsets
 * agree for equal pages.
 */
public final class TextNormalizer {

  private static final Pattern FORMAT =
      Pattern.compile("[\\p{Cf}\\x{FFFD}[\\p{Cc}&&[^\\t\\n\\r\\f\\x0B\\x{0085}]]]");
  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}\\x{0085}]+");

  private TextNormalizer() {}

  /** Returns the normalised block text; never null, empty when the block holds no visible text. */
  public static String block(String raw) {
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    String noFormat = FORMAT.matcher(nfc).replaceAll("");
    return SPACE.matcher(noFormat).replaceAll(" ").strip();
  }
}
