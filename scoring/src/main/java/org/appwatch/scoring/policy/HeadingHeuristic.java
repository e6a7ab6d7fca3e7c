package org.appwatch.scoring.policy;

import java.util.regex.Pattern;

/**
 * Decides whether a short line of plain text, or a paragraph without heading markup, is a section
 * heading. Real policies number their headings ("一、", "（二）", "第三条", "1.", "2.1", "【引言】", "Section
 * 4", Markdown "#") and never end them with sentence punctuation; a numbered line that ends with 。
 * or is long is a list item, not a heading.
 */
final class HeadingHeuristic {

  private static final int MAX_HEADING_CHARS = 40;
  private static final Pattern NUMBERED =
      Pattern.compile(
          "^(#{1,6}\\s*\\S"
              + "|[一二三四五六七八九十百]+[、.．]"
              + "|第[一二三四五六七八九十百0-9]+[条章节部分]"
              + "|[（(][一二三四五六七八九十]+[）)]"
              + "|【[^】]{1,30}】$"
              + "|\\d{1,2}(\\.\\d{1,2})*[.、．]?\\s*[\\p{IsHan}A-Z]"
              + "|(?i:section|article|part)\\s+\\d"
              + "|[IVX]{1,4}\\.\\s)");
  private static final Pattern SENTENCE_END = Pattern.compile("[。！？；;!?，,：:]$|\\.$");

  private HeadingHeuristic() {}

  /** True for a short, numbered line without sentence-final punctuation. */
  static boolean looksLikeHeading(String line) {
    return line.length() <= MAX_HEADING_CHARS
        && !SENTENCE_END.matcher(line).find()
        && NUMBERED.matcher(line).find();
  }
}
