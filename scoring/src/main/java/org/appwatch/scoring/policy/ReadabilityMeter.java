package org.appwatch.scoring.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Computes {@link Readability} figures; the jargon list ({@code jargon.txt}) loads once. */
final class ReadabilityMeter {

  private static final Pattern JARGON;

  static {
    try (InputStream in = ReadabilityMeter.class.getResourceAsStream("jargon.txt")) {
      String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      JARGON =
          Pattern.compile(
              list.lines()
                  .map(String::strip)
                  .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                  .map(Pattern::quote)
                  .collect(Collectors.joining("|")),
              Pattern.CASE_INSENSITIVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ReadabilityMeter() {}

  static Readability measure(PolicyText text, boolean segment) {
    int chars = 0;
    String s = text.text();
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        chars++;
      }
    }
    int sentences = text.sentences().size();
    int words = segment ? ChineseSegmenter.countWords(s) : -1;
    int jargon = 0;
    Matcher m = JARGON.matcher(s);
    while (m.find()) {
      jargon++;
    }
    double mean = sentences == 0 ? 0 : (double) chars / sentences;
    double share = words > 0 ? (double) jargon / words : 0;
    return new Readability(chars, sentences, round(mean), words, jargon, round(share));
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
