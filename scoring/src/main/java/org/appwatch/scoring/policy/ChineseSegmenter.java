package org.appwatch.scoring.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * Chinese word segmentation with Lucene's smartcn (a hidden-Markov-model segmenter trained on the
 * People's Daily corpus; English words pass through as words). Punctuation is dropped. One shared
 * analyzer: Lucene reuses token streams per thread, so this is thread-safe.
 */
public final class ChineseSegmenter {

  private static final SmartChineseAnalyzer ANALYZER = new SmartChineseAnalyzer(true);

  private ChineseSegmenter() {}

  /** Number of words in {@code text}. */
  public static int countWords(String text) {
    try (TokenStream tokens = ANALYZER.tokenStream("", text)) {
      tokens.reset();
      int n = 0;
      while (tokens.incrementToken()) {
        n++;
      }
      tokens.end();
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen on a string reader", e);
    }
  }

  /** The words of {@code text}, for inspection and tests. */
  public static java.util.List<String> words(String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    try (TokenStream tokens = ANALYZER.tokenStream("", text)) {
      var term =
          tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        out.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen on a string reader", e);
    }
    return out;
  }
}
