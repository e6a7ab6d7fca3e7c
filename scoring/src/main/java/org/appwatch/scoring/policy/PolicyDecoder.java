package org.appwatch.scoring.policy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a fetched policy body without trusting its declared charset (Chinese sites often label
 * GBK pages as UTF-8 or the reverse): a byte-order mark wins; else strict UTF-8; else strict
 * GB18030 (a superset of GB2312 and GBK). PDF files, images and bodies with NUL bytes are refused
 * as not machine-readable, bodies over {@link InputGate#MAX_CHARS} bytes as too large.
 */
final class PolicyDecoder {

  /** The decoded text and whether it is HTML, or a refusal with its detail. */
  record Decoded(String text, boolean html, PolicyStatus refusal, String detail) {
    static Decoded refuse(PolicyStatus status, String detail) {
      return new Decoded(null, false, status, detail);
    }
  }

  private PolicyDecoder() {}

  static Decoded decode(byte[] body) {
    if (body == null || body.length == 0) {
      return Decoded.refuse(PolicyStatus.NO_POLICY_TEXT, "empty body");
    }
    if (body.length > InputGate.MAX_CHARS) {
      return Decoded.refuse(PolicyStatus.TOO_LARGE, body.length + " bytes exceed the limit");
    }
    if (startsWith(body, "%PDF")
        || startsWith(body, "\u0089PNG")
        || startsWith(body, "GIF8")
        || (body.length > 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xD8)) {
      return Decoded.refuse(PolicyStatus.NOT_MACHINE_READABLE, "a PDF or image file, not a page");
    }
    String text;
    if (startsWith(body, "\u00EF\u00BB\u00BF")) {
      text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
    } else if (body.length > 1 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
      text = new String(body, StandardCharsets.UTF_16LE).substring(1);
    } else if (body.length > 1 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
      text = new String(body, StandardCharsets.UTF_16BE).substring(1);
    } else {
      for (int i = 0; i < Math.min(body.length, 8192); i++) {
        if (body[i] == 0) {
          return Decoded.refuse(PolicyStatus.NOT_MACHINE_READABLE, "binary data");
        }
      }
      text = strict(body, StandardCharsets.UTF_8);
      if (text == null) {
        text = strict(body, Charset.forName("GB18030"));
      }
      if (text == null) {
        return Decoded.refuse(PolicyStatus.NOT_MACHINE_READABLE, "bytes in no known charset");
      }
    }
    String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
    boolean html =
        head.contains("<html")
            || head.contains("<body")
            || head.contains("<p")
            || head.contains("<div")
            || head.contains("<!doctype");
    return new Decoded(text, html, null, null);
  }

  private static boolean startsWith(byte[] body, String latin1) {
    if (body.length < latin1.length()) {
      return false;
    }
    for (int i = 0; i < latin1.length(); i++) {
      if ((body[i] & 0xFF) != latin1.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String strict(byte[] body, Charset charset) {
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
}
