package org.appwatch.scoring.policy;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * The checks that turn bad input into a specific {@link PolicyStatus} instead of an empty pass:
 * size limits before any parsing (so a 50 MB page costs one length check), binary data and
 * mis-decoded text by character statistics, and after parsing, pages that are only a link to a PDF
 * or an image, login walls, and text too short to be a policy. Stateless.
 */
final class InputGate {

  /** Longest input analysed, in chars (about 5 MB of text); longer input is refused. */
  static final int MAX_CHARS = 5 * 1024 * 1024;

  /** Shortest text taken for a policy, in non-space chars: a real policy is far longer. */
  static final int MIN_CHARS = 200;

  /** A login form with less text than this is a login wall, not a policy with a login box. */
  static final int LOGIN_WALL_MAX_CHARS = 1500;

  private static final int SAMPLE = 64 * 1024;
  private static final Pattern LOGIN_WORDS =
      Pattern.compile("(?i)请(先)?登录|登录后(查看|访问|继续)|扫码登录|\\b(sign|log) ?in to (continue|view)\\b");
  // A document has text we did not fetch; an image has no text anyone can search or resize.
  private static final Pattern DOCUMENT_LINK = Pattern.compile("(?i)\\.(pdf|docx?)(\\?.*)?$");
  private static final Pattern IMAGE_LINK =
      Pattern.compile("(?i)\\.(png|jpe?g|gif|webp|bmp)(\\?.*)?$");

  /** A refusal: the status and a detail for the inspector. */
  record Verdict(PolicyStatus status, String detail) {}

  private InputGate() {}

  /** Checks raw input before parsing; null when it may be parsed. */
  static Verdict beforeParsing(String raw) {
    if (raw == null || raw.isBlank()) {
      return new Verdict(PolicyStatus.NO_POLICY_TEXT, "empty input");
    }
    if (raw.length() > MAX_CHARS) {
      return new Verdict(
          PolicyStatus.TOO_LARGE, raw.length() + " chars exceed the limit of " + MAX_CHARS);
    }
    int n = Math.min(raw.length(), SAMPLE);
    int control = 0;
    int latin1 = 0;
    int visible = 0;
    for (int i = 0; i < n; i++) {
      char c = raw.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
        control++;
      } else if (c >= 0xC0 && c <= 0xFF) {
        latin1++;
      }
      if (!Character.isWhitespace(c)) {
        visible++;
      }
    }
    if (control * 100 > n) {
      return new Verdict(PolicyStatus.NOT_MACHINE_READABLE, "binary data or undecodable bytes");
    }
    // GBK or UTF-8 bytes read as Latin-1 turn every Chinese character into two accented letters.
    if (latin1 * 5 > visible) {
      return new Verdict(PolicyStatus.NOT_MACHINE_READABLE, "text decoded with the wrong charset");
    }
    return null;
  }

  /** What a parsed page shows besides its text; read before page chrome is removed. */
  record PageSignals(boolean passwordField, boolean documentLink, boolean image) {
    static final PageSignals NONE = new PageSignals(false, false, false);

    static PageSignals of(Document page) {
      return new PageSignals(
          !page.select("input[type=password]").isEmpty(),
          links(page, DOCUMENT_LINK),
          !page.select("img").isEmpty() || links(page, IMAGE_LINK));
    }
  }

  /** Checks a prepared text and what its page showed; null when it is a policy. */
  static Verdict afterParsing(PolicyText text, PageSignals page) {
    int chars = nonSpace(text.text());
    // The login-word search runs over the whole text, so only where its answer can matter.
    if (chars < LOGIN_WALL_MAX_CHARS
        && (page.passwordField() || LOGIN_WORDS.matcher(text.text()).find())) {
      return new Verdict(PolicyStatus.LOGIN_WALL, "a login form instead of the policy");
    }
    if (chars < MIN_CHARS && page.documentLink()) {
      return new Verdict(PolicyStatus.DOCUMENT_LINK_ONLY, "the page only links to a document");
    }
    if (chars < MIN_CHARS && page.image()) {
      return new Verdict(PolicyStatus.IMAGE_ONLY, "the page only shows the policy as an image");
    }
    if (chars == 0) {
      return new Verdict(PolicyStatus.NO_POLICY_TEXT, "no visible text");
    }
    if (chars < MIN_CHARS) {
      return new Verdict(PolicyStatus.TOO_SHORT, chars + " chars, fewer than " + MIN_CHARS);
    }
    if (text.language().language().equals("und")) {
      return new Verdict(PolicyStatus.NOT_MACHINE_READABLE, "neither Chinese nor English text");
    }
    return null;
  }

  private static boolean links(Document page, Pattern target) {
    return page.select("a[href], embed[src], object[data], iframe[src]").stream()
        .anyMatch(e -> target.matcher(e.attr(linkAttribute(e))).find());
  }

  private static String linkAttribute(org.jsoup.nodes.Element e) {
    return e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "data";
  }

  /** Characters other than regex {@code \s} white space (space, tab, line breaks, VT, FF). */
  private static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && (c < '\t' || c > '\r')) {
        n++;
      }
    }
    return n;
  }
}
