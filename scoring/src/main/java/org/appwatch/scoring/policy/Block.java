package org.appwatch.scoring.policy;

/**
 * One block of a policy page in reading order: a heading, a paragraph, a list item or a table row
 * (cells joined by {@link #CELL_SEPARATOR}). Blocks never span a line break of the normalised text.
 */
public record Block(Kind kind, String text) {

  /** Joins the cells of a table row; a sentence boundary is never placed on it. */
  public static final String CELL_SEPARATOR = " | ";

  /** What a block is on the page. */
  public enum Kind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    TABLE_ROW
  }
}
