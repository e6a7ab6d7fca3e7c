package org.appwatch.scoring.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches of {@link ThirdPartyExtractor}'s Chinese SDK-name pattern, {@code ([name
 * chars]{1,24})\s*[,，]?\s*SDK}, trying only start positions that can reach an occurrence of "SDK".
 * A plain {@code find} tries the 24-char name run at every position of the sentence; here, for each
 * "SDK" occurrence, only the positions from the furthest start a match ending there can have (back
 * over spaces, one comma, spaces and at most 24 name chars) up to the occurrence itself. A match
 * ending at a later "SDK" cannot start earlier than that bound (it either lies wholly after this
 * occurrence or holds it in its name run, which is then at most 24 chars back), so the matches and
 * their order are exactly those of the {@code find} loop ({@code SdkNameFinderTest}).
 */
final class SdkNameFinder {

  private static final int MAX_NAME = 24;

  private SdkNameFinder() {}

  /** Group 1 of each successive match of {@code zhSdk} in {@code text}, as a find loop gives. */
  static List<String> zhNames(String text, Pattern zhSdk) {
    List<String> out = new ArrayList<>();
    Matcher m = zhSdk.matcher(text);
    int from = 0; // the find loop's position: end of the last match
    int q = text.indexOf("SDK");
    while (q >= 0) {
      boolean found = false;
      for (int s = Math.max(from, earliestStart(text, q)); s < q && !found; s++) {
        m.region(s, text.length());
        if (m.lookingAt()) {
          out.add(m.group(1));
          from = m.end();
          found = true;
        }
      }
      // No match starts before q (or the last one ended past it): look from the next occurrence.
      from = Math.max(from, q);
      q = text.indexOf("SDK", Math.max(q + 1, from));
    }
    return out;
  }

  /** The furthest-back start of a match whose "SDK" begins at {@code q}. */
  private static int earliestStart(String text, int q) {
    int i = q;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    if (i > 0 && (text.charAt(i - 1) == ',' || text.charAt(i - 1) == '，')) {
      i--;
    }
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return Math.max(0, i - MAX_NAME);
  }
}
