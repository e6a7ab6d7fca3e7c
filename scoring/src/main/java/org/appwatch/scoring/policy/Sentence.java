package org.appwatch.scoring.policy;

/**
 * One sentence of a {@link PolicyText}: {@code text} equals {@code policyText.substring(start,
 * end)}, offsets are in UTF-16 chars of the normalised text. {@code section} indexes {@link
 * PolicyText#sections()}; {@code heading} is that section's heading, or "" before the first one.
 */
public record Sentence(
    int index, int start, int end, String text, int section, String heading, Block.Kind kind) {}
