package org.appwatch.scoring.rules;

/**
 * The risk score of one app (see {@link RiskScorer} and docs/rules.md for the formula).
 *
 * @param score {@code itemPoints × reach × change}, rounded to two decimals
 * @param itemPoints the sum over Method items of the item's worst finding's points
 * @param reach {@code 1 + log10(1 + installs) / 10}; 1 when installs are unknown
 * @param change {@code 1 + 0.25 × change signals since the previous crawl}; 1 without history
 * @param explanation one line an inspector reads: the factors and the heaviest items
 */
public record RiskScore(
    double score, double itemPoints, double reach, double change, String explanation) {}
