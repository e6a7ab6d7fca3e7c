package org.appwatch.crawler.fetch;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a body to text with the charset from, in order: a byte-order mark, the Content-Type
 * header, an HTML {@code <meta>} declaration. When the declared (or assumed UTF-8) charset does not
 * fit the bytes — Chinese stores often send GBK labelled as UTF-8, or unlabelled — ICU4J's detector
 * chooses; GBK answers are widened to GB18030, its superset. Stateless and thread-safe.
 */
public final class TextDecoder {

  private static final Pattern HEADER_CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private TextDecoder() {}

  /**
   * @param contentType the Content-Type header, or null
   * @param html whether to look for a {@code <meta>} charset
   */
  public static DecodedText decode(byte[] body, String contentType, boolean html) {
    if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
      return new DecodedText(
          new String(body, 3, body.length - 3, StandardCharsets.UTF_8), "UTF-8", "bom");
    }
    if (startsWith(body, 0xFE, 0xFF) || startsWith(body, 0xFF, 0xFE)) {
      return new DecodedText(new String(body, StandardCharsets.UTF_16), "UTF-16", "bom");
    }
    Charset declared = charset(contentType == null ? null : HEADER_CHARSET.matcher(contentType));
    String source = "header";
    if (declared == null && html) {
      String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.ISO_8859_1);
      declared = charset(META_CHARSET.matcher(head));
      source = "meta";
    }
    if (declared == null) {
      declared = StandardCharsets.UTF_8;
      source = "default";
    }
    String strict = strictly(body, declared);
    if (strict != null) {
      return new DecodedText(strict, declared.name(), source);
    }
    Charset detected = detect(body);
    return new DecodedText(new String(body, detected), detected.name(), "detected");
  }

  private static Charset detect(byte[] body) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(body);
    CharsetMatch match = detector.detect();
    String name = match == null ? "GB18030" : match.getName().toUpperCase(Locale.ROOT);
    if (name.equals("GBK") || name.equals("GB2312")) {
      name = "GB18030";
    }
    return Charset.isSupported(name) ? Charset.forName(name) : Charset.forName("GB18030");
  }

  private static String strictly(byte[] body, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset charset(Matcher m) {
    if (m == null || !m.find()) {
      return null;
    }
    String name = m.group(1).toUpperCase(Locale.ROOT);
    if (name.equals("GBK") || name.equals("GB2312")) {
      // Servers labelling GBK usually mean whatever Windows sends: GB18030 decodes all of it.
      name = "GB18030";
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean startsWith(byte[] body, int... prefix) {
    if (body.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((body[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
