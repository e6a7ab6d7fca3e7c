package org.appwatch.scoring.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits plain policy text into {@link Block}s, one per non-empty line: a tab-separated line is a
 * table row, a line opening with a bullet or "(1)"/"1)" is a list item, a short numbered line
 * without sentence punctuation is a heading ({@link HeadingHeuristic}), anything else a paragraph.
 */
final class PlainTextBlocks {

  private static final Pattern BULLET = Pattern.compile("^([•·◆●○■□▪\\-*–]|[（(]?\\d{1,2}[）)])\\s*");

  private PlainTextBlocks() {}

  static List<Block> of(String text) {
    List<Block> blocks = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      if (raw.indexOf('\t') >= 0 && raw.strip().indexOf('\t') > 0) {
        String[] cells = raw.strip().split("\\t+");
        List<String> kept = new ArrayList<>();
        for (String cell : cells) {
          String c = TextNormalizer.block(cell);
          if (!c.isEmpty()) {
            kept.add(c);
          }
        }
        if (!kept.isEmpty()) {
          blocks.add(new Block(Block.Kind.TABLE_ROW, String.join(Block.CELL_SEPARATOR, kept)));
        }
        continue;
      }
      String line = TextNormalizer.block(raw);
      if (line.isEmpty()) {
        continue;
      }
      Block.Kind kind;
      if (HeadingHeuristic.looksLikeHeading(line)) {
        kind = Block.Kind.HEADING;
      } else if (BULLET.matcher(line).find()) {
        kind = Block.Kind.LIST_ITEM;
      } else {
        kind = Block.Kind.PARAGRAPH;
      }
      blocks.add(new Block(kind, line));
    }
    return blocks;
  }
}
