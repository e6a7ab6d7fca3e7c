package org.appwatch.scoring.policy;

import java.text.Normalizer;

/**
 * Unicode NFC plus whitespace normalisation of one block: every run of white space (including
 * no-break and ideographic spaces and line breaks) becomes one ASCII space, format and control
 * characters (BOM, zero-width, stray C0 controls) are removed, and the ends are trimmed. Offsets
 * reported by the analyser are offsets into text normalised this way, so the hash and the offsets
 * agree for equal pages.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  /** Returns the normalised block text; never null, empty when the block holds no visible text. */
  public static String block(String raw) {
    String nfc = nfcStable(raw) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
    // One pass instead of two regex replacements: format characters go first, so a space,
    // a zero-width space and a space still make one run.
    StringBuilder out = new StringBuilder(nfc.length());
    boolean space = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      // Printable ASCII and CJK, the common case, are neither removed nor white space.
      if (!plain(cp)) {
        if (removed(cp)) {
          continue;
        }
        if (space(cp)) {
          space = true;
          continue;
        }
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  /**
   * True when NFC leaves the text as it is because every char is below U+0300, CJK (U+3000–U+9FFF
   * without the combining tone and kana voicing marks) or half/full-width: none of these
   * decomposes, carries a combining class or is the second of a canonical composition (checked
   * against the Unicode 14 data), so the JDK's own quick check per char is not needed.
   */
  private static boolean nfcStable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean stable =
          c < 0x300
              || (c >= 0x3000
                  && c <= 0x9FFF
                  && (c < 0x302A || c > 0x302F)
                  && c != 0x3099
                  && c != 0x309A)
              || (c >= 0xFF00 && c <= 0xFFEF);
      if (!stable) {
        return false;
      }
    }
    return true;
  }

  private static boolean plain(int cp) {
    return (cp > ' ' && cp < 0x7F)
        || (cp >= 0x3001 && cp <= 0x9FFF)
        || (cp >= 0xFF01 && cp <= 0xFF5E);
  }

  /** Format characters, U+FFFD and controls other than white-space ones. */
  private static boolean removed(int cp) {
    if (cp == 0xFFFD) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.FORMAT
        || (type == Character.CONTROL && !(cp >= '\t' && cp <= '\r') && cp != 0x85);
  }

  /** Regex {@code \s}, the Unicode separators (Z*) and NEL. */
  private static boolean space(int cp) {
    if (cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.SPACE_SEPARATOR
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
