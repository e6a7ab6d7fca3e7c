package org.appwatch.scoring.apk;

import java.util.regex.Pattern;

/** Rules about zip entry names that matter for APKs. */
final class EntryNames {
  private static final Pattern DEX = Pattern.compile("classes(\\d*)\\.dex");
  private static final Pattern NATIVE_LIB = Pattern.compile("lib/[^/]+/([^/]+\\.so)");

  private EntryNames() {}

  /** True for names an extractor would write outside its target directory. */
  static boolean climbsOut(String name) {
    String n = name.replace('\\', '/');
    return n.startsWith("/")
        || (n.length() > 1 && n.charAt(1) == ':')
        || n.equals("..")
        || n.startsWith("../")
        || n.contains("/../")
        || n.endsWith("/..");
  }

  /**
   * The order Android loads DEX files in ({@code classes.dex}, {@code classes2.dex}, ...), or -1
   * for other names. Android stops at the first missing number; the analyser reads them all.
   */
  static int dexIndex(String name) {
    var m = DEX.matcher(name);
    if (!m.matches()) {
      return -1;
    }
    return m.group(1).isEmpty() ? 1 : Integer.parseInt(m.group(1));
  }

  /** The file name of a native library ({@code lib/<abi>/libfoo.so}), or null. */
  static String nativeLibrary(String name) {
    var m = NATIVE_LIB.matcher(name);
    return m.matches() ? m.group(1) : null;
  }
}
