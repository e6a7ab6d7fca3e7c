package org.appwatch.scoring.policy;

import java.util.regex.Pattern;

/**
 * Whether a sensitive-item term is the name of a permission where it stands: "相机权限", "存储（相册）权限",
 * "the camera permission", "permission for storage", "the device information (phone state)
 * permission".
 */
final class PermissionPhrase {

  private static final Pattern BEFORE =
      Pattern.compile("(permissions? (for|to access|to use|to read|to)|权限[:：（(]?)\\s*$");

  private PermissionPhrase() {}

  /**
   * @param lower the sentence in lower case (same length as the text the offsets point into)
   * @param start the term's first char
   * @param end the char after the term
   */
  static boolean around(String lower, int start, int end) {
    if (end > lower.length() || start < 0) {
      return false;
    }
    String after = lower.substring(end, Math.min(lower.length(), end + 16));
    return directlyAfter(after)
        || BEFORE.matcher(lower.substring(Math.max(0, start - 20), start)).find();
  }

  /**
   * The permission word follows the term with nothing but a closing bracket, a bracketed gloss or a
   * space between.
   */
  private static boolean directlyAfter(String after) {
    String rest = after.replaceFirst("^[\\s)）]*", "").replaceFirst("^[(（][^)）]{0,10}[)）]\\s*", "");
    return rest.startsWith("权限") || rest.startsWith("permission");
  }
}
