package org.appwatch.scoring.policy;

/**
 * Readability figures for M2.4 (and M1.4).
 *
 * @param chars characters of the normalised text, white space excluded
 * @param sentences number of sentences
 * @param meanSentenceChars {@code chars / sentences}, 0 when there are none
 * @param words words after segmentation ({@link ChineseSegmenter}), estimated from a 3,000-char
 *     sample for longer texts; -1 when segmentation was off
 * @param jargonTerms occurrences of terms from {@code jargon.txt}
 * @param jargonShare {@code jargonTerms / words} (0 when words is not positive)
 */
public record Readability(
    int chars,
    int sentences,
    double meanSentenceChars,
    int words,
    int jargonTerms,
    double jargonShare) {}
