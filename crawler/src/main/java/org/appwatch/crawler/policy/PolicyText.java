package org.appwatch.crawler.policy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The main text of a privacy-policy page, read with jsoup: navigation, scripts, styles, headers,
 * footers and forms dropped; headings kept as lines starting with {@code #} (one per level) so that
 * later analysis can find sections; one line per block. The SHA-256 is over the normalised text
 * (UTF-8, NFC, whitespace folded within lines), so a page that only changed markup keeps its hash.
 * Language and script are guessed from the characters: enough to tell Simplified from Traditional
 * Chinese from English.
 *
 * @param language {@code zh} or {@code en} (or {@code und} with no letters)
 * @param script {@code Hans}, {@code Hant} or {@code Latn}
 */
public record PolicyText(String title, String text, String sha256, String language, String script) {

  // Parsed once: jsoup parses a selector string on every call.
  private static final Evaluator DROP =
      QueryParser.parse(
          "nav, script, style, noscript, header, footer, aside, form, iframe, svg, template,"
              + " button");
  private static final Evaluator MAIN = QueryParser.parse("main, article, [role=main]");
  // Characters that differ between the scripts and are common in policies.
  private static final String HANT = "隱私權們個與這資會對說務們體證據護條圍關於為應時處";
  private static final String HANS = "隐私权们个与这资会对说务们体证据护条围关于为应时处";

  public static PolicyText extract(String html, String url) {
    Document doc = Jsoup.parse(html, url);
    doc.select(DROP).remove();
    Element main = doc.selectFirst(MAIN);
    StringBuilder out = new StringBuilder();
    (main != null ? main : doc.body()).traverse(new Lines(out));
    String text = normalise(out.toString());
    String sha = HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
    String[] lang = language(text);
    return new PolicyText(doc.title(), text, sha, lang[0], lang[1]);
  }

  private static final class Lines implements NodeVisitor {
    private final StringBuilder out;

    Lines(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        out.append(t.text());
      } else if (node instanceof Element e && e.isBlock()) {
        out.append('\n');
        int level = headingLevel(e.normalName());
        if (level > 0) {
          out.append("#".repeat(level)).append(' ');
        }
      } else if (node instanceof Element e && e.normalName().equals("br")) {
        out.append('\n');
      }
    }

    /** 1-6 for {@code h1}..{@code h6}, else 0 (a regex here was compiled once per element). */
    private static int headingLevel(String name) {
      return name.length() == 2
              && name.charAt(0) == 'h'
              && name.charAt(1) >= '1'
              && name.charAt(1) <= '6'
          ? name.charAt(1) - '0'
          : 0;
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && e.isBlock()) {
        out.append('\n');
      }
    }
  }

  /**
   * NFC, then per line: runs of whitespace (with U+00A0 and U+3000) folded to one space, stripped;
   * empty lines and lines of {@code #} alone dropped. A loop rather than regexes: this runs on
   * every policy page and the regexes were a tenth of the crawler's CPU.
   */
  static String normalise(String raw) {
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    StringBuilder line = new StringBuilder();
    boolean space = false;
    for (int i = 0; i <= nfc.length(); i++) {
      char ch = i < nfc.length() ? nfc.charAt(i) : '\n';
      if (ch == '\n') {
        String folded = line.toString().strip();
        if (!folded.isEmpty() && !hashesOnly(folded)) {
          out.append(folded).append('\n');
        }
        line.setLength(0);
        space = false;
      } else if (isSpace(ch)) {
        space = true;
      } else {
        if (space) {
          line.append(' ');
          space = false;
        }
        line.append(ch);
      }
    }
    return out.toString();
  }

  private static boolean hashesOnly(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != '#') {
        return false;
      }
    }
    return true;
  }

  /** What the former {@code [\\s\\u00A0\\u3000]} matched. */
  private static boolean isSpace(char ch) {
    return ch == ' ' || (ch >= '\t' && ch <= '\r') || ch == '\u00A0' || ch == '\u3000';
  }

  private static String[] language(String text) {
    int han = 0;
    int latin = 0;
    int hant = 0;
    int hans = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      // Han starts at U+2E80: the script lookup (a binary search) only for characters above.
      if (ch >= 0x2E80 && Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN) {
        han++;
        hant += HANT.indexOf(ch) >= 0 ? 1 : 0;
        hans += HANS.indexOf(ch) >= 0 ? 1 : 0;
      } else if (ch < 128 && Character.isLetter(ch)) {
        latin++;
      }
    }
    if (han == 0 && latin == 0) {
      return new String[] {"und", "Zyyy"};
    }
    if (han * 3 >= latin) {
      return new String[] {"zh", hant > hans ? "Hant" : "Hans"};
    }
    return new String[] {"en", "Latn"};
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
