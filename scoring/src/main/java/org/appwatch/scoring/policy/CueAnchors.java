package org.appwatch.scoring.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Literal strings one of which occurs in every match of a regex, when the regex makes that easy to
 * see: each top-level alternative must hold a mandatory literal run, or a mandatory group whose
 * alternatives do (recursively); the first such element of the alternative is taken. Character
 * classes, escapes and look-arounds are stepped over, and so is the case flag {@code (?i)}; other
 * inline flags give null. Anchors are lower-cased (ASCII), to be looked for in lower-cased text,
 * which is safe for case-sensitive cues too: it can only find more. Returns null whenever in doubt,
 * so a prefilter built on anchors never drops a sentence the regex could match.
 */
final class CueAnchors {

  private static final String META = "\\[]().*+?{}|^$";

  private CueAnchors() {}

  /** The anchors of {@code regex}, or null when unknown. */
  static List<String> of(String regex) {
    String r = regex.startsWith("(?i)") ? regex.substring(4) : regex;
    List<String> out = new ArrayList<>();
    for (String branch : FirstChars.splitTopLevel(r)) {
      List<String> anchors = branch(branch);
      if (anchors == null) {
        return null;
      }
      out.addAll(anchors);
    }
    return out.isEmpty() ? null : out;
  }

  /** The anchors of the first mandatory literal element of a concatenation, or null. */
  private static List<String> branch(String b) {
    int i = 0;
    while (i < b.length()) {
      char c = b.charAt(i);
      int end;
      List<String> found = null;
      if (c == '\\') {
        end = Math.min(i + 2, b.length());
      } else if (c == '[') {
        end = classEnd(b, i);
        if (end < 0) {
          return null;
        }
      } else if (b.startsWith("(?i)", i)) {
        // A case flag inside: harmless, anchors are looked for in lower-cased text anyway.
        end = i + 4;
      } else if (c == '(') {
        int close = groupEnd(b, i);
        if (close < 0) {
          return null;
        }
        end = close + 1;
        if (b.startsWith("(?", i)) {
          if (!b.startsWith("(?<!", i)
              && !b.startsWith("(?<=", i)
              && !b.startsWith("(?!", i)
              && !b.startsWith("(?=", i)
              && !b.startsWith("(?:", i)) {
            return null; // inline flags inside: stay safe
          }
          if (b.startsWith("(?:", i)) {
            found = of(b.substring(i + 3, close));
          }
        } else {
          found = of(b.substring(i + 1, close));
        }
      } else if (META.indexOf(c) >= 0) {
        end = i + 1; // a stray quantifier or anchor: nothing mandatory here
      } else {
        end = i;
        while (end < b.length() && META.indexOf(b.charAt(end)) < 0) {
          end++;
        }
        int literalEnd = end < b.length() && "?*{".indexOf(b.charAt(end)) >= 0 ? end - 1 : end;
        if (literalEnd > i) {
          return List.of(b.substring(i, literalEnd).toLowerCase(Locale.ROOT));
        }
        end = i + 1;
      }
      boolean optional = FirstChars.optionalAfter(b, end);
      if (found != null && !optional) {
        return found;
      }
      i = skipQuantifier(b, end);
    }
    return null;
  }

  /**
   * The anchors of every mandatory element (each inner list: one of these occurs in every match),
   * so that "A…B" cues can be skipped when A occurs but B does not. With top-level alternatives,
   * the first alternative's lists that hold, as a set, some list of every other alternative (so
   * "(申请|获取)…权限|权限(说明|列表)" requires 权限). Empty when unknown.
   */
  static List<List<String>> required(String regex) {
    String r = regex.startsWith("(?i)") ? regex.substring(4) : regex;
    List<String> alternatives = FirstChars.splitTopLevel(r);
    if (alternatives.size() == 1) {
      return requiredInSequence(r);
    }
    List<List<List<String>>> each =
        alternatives.stream().map(CueAnchors::requiredInSequence).toList();
    List<List<String>> out = new ArrayList<>();
    for (List<String> candidate : each.get(0)) {
      // No anchor of the candidate in the text: every alternative then lacks one of its lists.
      if (each.stream().allMatch(alt -> alt.stream().anyMatch(candidate::containsAll))) {
        out.add(candidate);
      }
    }
    return out;
  }

  private static List<List<String>> requiredInSequence(String r) {
    List<List<String>> out = new ArrayList<>();
    int i = 0;
    while (i < r.length()) {
      char c = r.charAt(i);
      int end;
      List<String> found = null;
      if (c == '\\') {
        end = Math.min(i + 2, r.length());
      } else if (c == '[') {
        end = classEnd(r, i);
      } else if (r.startsWith("(?i)", i)) {
        end = i + 4;
      } else if (c == '(') {
        int close = groupEnd(r, i);
        if (close < 0) {
          return List.of();
        }
        end = close + 1;
        if (r.startsWith("(?:", i)) {
          found = of(r.substring(i + 3, close));
        } else if (!r.startsWith("(?", i)) {
          found = of(r.substring(i + 1, close));
        } else if (!r.startsWith("(?<!", i)
            && !r.startsWith("(?<=", i)
            && !r.startsWith("(?!", i)
            && !r.startsWith("(?=", i)) {
          return List.of(); // other inline flags: stay safe
        }
      } else if (META.indexOf(c) >= 0) {
        end = i + 1;
      } else {
        end = i;
        while (end < r.length() && META.indexOf(r.charAt(end)) < 0) {
          end++;
        }
        int literalEnd = end < r.length() && "?*{".indexOf(r.charAt(end)) >= 0 ? end - 1 : end;
        if (literalEnd > i) {
          out.add(List.of(r.substring(i, literalEnd).toLowerCase(Locale.ROOT)));
          i = literalEnd;
          continue;
        }
        end = i + 1;
      }
      if (end < 0) {
        return List.of();
      }
      if (found != null && !FirstChars.optionalAfter(r, end)) {
        out.add(found);
      }
      i = skipQuantifier(r, end);
    }
    return out;
  }

  /** The index of the parenthesis closing the group opened at {@code i}, or -1. */
  private static int groupEnd(String b, int i) {
    int depth = 0;
    for (int j = i; j < b.length(); j++) {
      char c = b.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '[') {
        j = classEnd(b, j) - 1;
        if (j < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return j;
      }
    }
    return -1;
  }

  private static int classEnd(String b, int i) {
    for (int j = i + 1; j < b.length(); j++) {
      if (b.charAt(j) == '\\') {
        j++;
      } else if (b.charAt(j) == ']') {
        return j + 1;
      }
    }
    return -1;
  }

  private static int skipQuantifier(String b, int i) {
    if (i < b.length() && b.charAt(i) == '{') {
      int close = b.indexOf('}', i);
      i = close < 0 ? b.length() : close + 1;
    } else if (i < b.length() && "?*+".indexOf(b.charAt(i)) >= 0) {
      i++;
    }
    if (i < b.length() && "?+".indexOf(b.charAt(i)) >= 0) {
      i++; // lazy or possessive
    }
    return i;
  }

  /** ASCII lower case, same length: the text the anchors are looked for in. */
  static String lower(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = (char) (c + 32);
      }
    }
    return out == null ? text : new String(out);
  }
}
