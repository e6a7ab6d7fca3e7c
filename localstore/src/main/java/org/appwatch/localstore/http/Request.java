package org.appwatch.localstore.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An incoming request as routes see it.
 *
 * @param method GET or HEAD
 * @param path the decoded path, e.g. {@code /repo/index-v2.json}
 * @param target the raw path and query as sent, the key for misbehaviour decisions
 * @param query decoded query parameters (the first value of each)
 */
public record Request(String method, String path, String target, Map<String, String> query) {

  static Request of(String method, String rawPath, String rawQuery) {
    Map<String, String> q = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String k = eq < 0 ? pair : pair.substring(0, eq);
        String v = eq < 0 ? "" : pair.substring(eq + 1);
        q.putIfAbsent(decode(k), decode(v));
      }
    }
    String target = rawQuery == null ? rawPath : rawPath + "?" + rawQuery;
    return new Request(method, decode(rawPath), target, Map.copyOf(q));
  }

  /** An int query parameter, or {@code fallback} when absent or malformed. */
  public int intParam(String name, int fallback) {
    try {
      return Integer.parseInt(query.getOrDefault(name, ""));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
