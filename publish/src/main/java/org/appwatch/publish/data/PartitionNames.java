package org.appwatch.publish.data;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Spark's escaping of partition values in folder names: characters that are unsafe in a path
 * ({@code / \ : = % " ' * ? [ ] # ^ {} } and control characters) become {@code %XX}.
 */
final class PartitionNames {

  private static final String UNSAFE = "\"#%'*/:=?\\\u007f{[]^";

  private PartitionNames() {}

  static String escape(String value) {
    StringBuilder s = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c < 0x20 || UNSAFE.indexOf(c) >= 0) {
        s.append('%').append(String.format("%02X", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  static String unescape(String name) {
    if (name.indexOf('%') < 0) {
      return name;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '%' && isHex(name, i + 1)) {
        bytes.write(Integer.parseInt(name.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(String s, int at) {
    return at + 2 <= s.length()
        && Character.digit(s.charAt(at), 16) >= 0
        && Character.digit(s.charAt(at + 1), 16) >= 0;
  }
}
