package org.appwatch.scoring.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Computes {@link Readability} figures; the jargon list ({@code jargon.txt}) loads once. */
final class ReadabilityMeter {

  /** Characters segmented to estimate the word count. */
  static final int SAMPLE_CHARS = 1000;

  private static final java.util.List<String> JARGON;

  static {
    try (InputStream in = ReadabilityMeter.class.getResourceAsStream("jargon.txt")) {
      String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      JARGON =
          list.lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .map(l -> l.toLowerCase(Locale.ROOT))
              .toList();
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
    int words = segment ? estimateWords(s) : -1;
    // indexOf per term on the lower-cased text: far cheaper than one big case-insensitive regex.
    String lower = s.toLowerCase(Locale.ROOT);
    int jargon = 0;
    for (String term : JARGON) {
      for (int i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + term.length())) {
        jargon++;
      }
    }
    double mean = sentences == 0 ? 0 : (double) chars / sentences;
    double share = words > 0 ? (double) jargon / words : 0;
    return new Readability(chars, sentences, round(mean), words, jargon, round(share));
  }

  /**
   * Words of the whole text, estimated from a segmented sample of up to {@link #SAMPLE_CHARS} chars
   * taken from its middle (the opening is often a title and table of contents): smartcn runs at a
   * few hundred KB/s, and the mean word length of a policy is stable at this sample size. Exact for
   * texts shorter than the sample.
   */
  private static int estimateWords(String s) {
    if (s.length() <= SAMPLE_CHARS) {
      return ChineseSegmenter.countWords(s);
    }
    int from = (s.length() - SAMPLE_CHARS) / 2;
    String sample = s.substring(from, from + SAMPLE_CHARS);
    return (int)
        Math.round((double) ChineseSegmenter.countWords(sample) * s.length() / SAMPLE_CHARS);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
