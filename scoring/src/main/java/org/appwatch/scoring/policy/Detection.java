package org.appwatch.scoring.policy;

import java.util.List;

/**
 * One sentence that made a feature fire: the evidence an inspector sees.
 *
 * @param featureId the id of the feature (its YAML file name without extension)
 * @param cites the Method items the feature cites, first one the primary item
 * @param sentence index into {@link PolicyText#sentences()}
 * @param text the sentence text, equal to the normalised text between {@code start} and {@code end}
 * @param heading the heading of the sentence's section, "" before the first heading
 * @param patternId the id of the pattern that fired
 * @param matched the text the pattern's regex matched
 * @param negated true when the match is negated (always true for denial features)
 * @param withException true when a negated statement carries an exception ("但以下情况除外")
 */
public record Detection(
    String featureId,
    List<String> cites,
    int sentence,
    String text,
    String heading,
    int start,
    int end,
    String patternId,
    String matched,
    boolean negated,
    boolean withException) {}
