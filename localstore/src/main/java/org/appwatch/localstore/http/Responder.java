package org.appwatch.localstore.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a {@link Reply} to an exchange the way a real server does: strong ETags for whole bodies,
 * 304 on a matching If-None-Match, gzip when the client accepts it, Content-Length where known, no
 * body for HEAD.
 */
final class Responder {

  private Responder() {}

  static void send(HttpExchange ex, Reply reply) throws IOException {
    Headers h = ex.getResponseHeaders();
    String etag = reply.etag();
    if (etag == null && reply.bytes() != null && reply.status() == 200) {
      etag = "\"" + sha256(reply.bytes()).substring(0, 32) + "\"";
    }
    if (reply.contentType() != null) {
      h.set("Content-Type", reply.contentType());
    }
    if (etag != null) {
      h.set("ETag", etag);
    }
    if (reply.lastModified() != null) {
      h.set(
          "Last-Modified",
          DateTimeFormatter.RFC_1123_DATE_TIME.format(
              reply.lastModified().atOffset(ZoneOffset.UTC)));
    }
    reply.headers().forEach(h::set);
    String inm = ex.getRequestHeaders().getFirst("If-None-Match");
    boolean head = "HEAD".equals(ex.getRequestMethod());
    if (etag != null && reply.status() == 200 && inm != null && matches(inm, etag)) {
      h.remove("Content-Type");
      ex.sendResponseHeaders(304, -1);
      ex.close();
      return;
    }
    String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
    boolean gzip = reply.compressible() && accept != null && accept.toLowerCase().contains("gzip");
    if (reply.compressible()) {
      h.set("Vary", "Accept-Encoding");
    }
    if (gzip) {
      h.set("Content-Encoding", "gzip");
    }
    if (head) {
      long len = reply.bytes() != null && !gzip ? reply.bytes().length : 0;
      h.set("Content-Length", Long.toString(len));
      ex.sendResponseHeaders(reply.status(), -1);
      ex.close();
      return;
    }
    long length = reply.bytes() != null && !gzip ? reply.bytes().length : 0;
    ex.sendResponseHeaders(
        reply.status(), length == 0 && reply.bytes() != null && !gzip ? -1 : length);
    try (OutputStream raw = ex.getResponseBody();
        OutputStream out = gzip ? new GZIPOutputStream(raw, 8192) : raw) {
      if (reply.bytes() != null) {
        out.write(reply.bytes());
      } else if (reply.stream() != null) {
        reply.stream().writeTo(out);
      }
    }
  }

  private static boolean matches(String ifNoneMatch, String etag) {
    for (String t : ifNoneMatch.split(",")) {
      String v = t.trim();
      if (v.equals("*") || v.equals(etag) || v.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
