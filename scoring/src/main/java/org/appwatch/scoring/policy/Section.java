package org.appwatch.scoring.policy;

/**
 * A run of the normalised text from one heading (included) to the next. The section before the
 * first heading has heading "". Offsets are in UTF-16 chars of the normalised text.
 */
public record Section(int index, String heading, int start, int end) {}
