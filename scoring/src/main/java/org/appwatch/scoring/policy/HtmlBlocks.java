package org.appwatch.scoring.policy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a parsed policy page into {@link Block}s in reading order. Page chrome (nav, header,
 * footer, aside) and non-text elements (script, style, template) are dropped first; headings, list
 * items and table rows keep their kind so the sentence splitter and the SDK-table reader can use
 * it. Paragraphs that look like numbered headings ("一、…", "第三条", "1.2 …") are promoted to headings
 * by {@link HeadingHeuristic}, since many real policies mark headings only in bold.
 */
final class HtmlBlocks implements NodeVisitor {

  private static final String CHROME =
      "nav, header, footer, aside, script, style, noscript, template, svg, iframe, object";
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "tr",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "caption",
          "blockquote",
          "pre",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "body",
          "form",
          "figure",
          "figcaption",
          "hr",
          "address");

  private final List<Block> blocks = new ArrayList<>();
  private final Deque<Block.Kind> open = new ArrayDeque<>();
  private final StringBuilder buffer = new StringBuilder();
  private boolean cellOpen;

  private HtmlBlocks() {}

  /** Blocks of the document's body; the document is modified (chrome removed). */
  static List<Block> of(Document document) {
    document.select(CHROME).remove();
    HtmlBlocks visitor = new HtmlBlocks();
    visitor.open.push(Block.Kind.PARAGRAPH);
    document.body().traverse(visitor);
    visitor.flush();
    return visitor.blocks;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode text) {
      buffer.append(text.getWholeText());
    } else if (node instanceof Element element) {
      String tag = element.normalName();
      if (tag.equals("td") || tag.equals("th")) {
        if (cellOpen) {
          buffer.append(Block.CELL_SEPARATOR);
        }
        cellOpen = true;
      } else if (inRow() && !tag.equals("tr")) {
        // Paragraphs and line breaks inside a cell stay in the row: a row is one record.
        buffer.append(' ');
      } else if (tag.equals("br")) {
        flush();
      } else if (BLOCKS.contains(tag)) {
        flush();
        open.push(kindOf(tag));
      } else if (tag.equals("img") && element.hasAttr("alt")) {
        buffer.append(' ').append(element.attr("alt")).append(' ');
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (!(node instanceof Element element) || !BLOCKS.contains(element.normalName())) {
      return;
    }
    boolean row = element.normalName().equals("tr");
    if (inRow() && !row) {
      return;
    }
    flush();
    if (open.size() > 1) {
      open.pop();
    }
    if (row) {
      cellOpen = false;
    }
  }

  private boolean inRow() {
    return open.peek() == Block.Kind.TABLE_ROW;
  }

  private Block.Kind kindOf(String tag) {
    if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
      return Block.Kind.HEADING;
    }
    return switch (tag) {
      case "li", "dt", "dd" -> Block.Kind.LIST_ITEM;
      case "tr" -> Block.Kind.TABLE_ROW;
      case "p", "div", "section", "article", "main", "body", "blockquote", "pre" ->
          // A div inside a list item or row is still part of that item or row.
          open.isEmpty() ? Block.Kind.PARAGRAPH : inheritOrParagraph();
      default -> Block.Kind.PARAGRAPH;
    };
  }

  private Block.Kind inheritOrParagraph() {
    Block.Kind outer = open.peek();
    return outer == Block.Kind.HEADING ? Block.Kind.PARAGRAPH : outer;
  }

  private void flush() {
    String text = TextNormalizer.block(buffer.toString());
    buffer.setLength(0);
    if (text.isEmpty() || text.equals(Block.CELL_SEPARATOR.strip())) {
      return;
    }
    Block.Kind kind = open.isEmpty() ? Block.Kind.PARAGRAPH : open.peek();
    if (kind == Block.Kind.PARAGRAPH && HeadingHeuristic.looksLikeHeading(text)) {
      kind = Block.Kind.HEADING;
    }
    blocks.add(new Block(kind, text));
  }
}
