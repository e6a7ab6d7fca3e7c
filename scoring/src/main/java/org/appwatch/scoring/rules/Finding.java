package org.appwatch.scoring.rules;

import java.util.List;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * What one rule concluded for one app: a row of the {@code findings/v1} dataset.
 *
 * @param items the Method items the rule cites
 * @param confidence the rule's confidence (0..1) that its verdict is right
 * @param evidence what the verdict rests on, with provenance; empty for {@code unknown}
 * @param wording what the inspector reads, placeholders filled
 * @param catalogueVersion {@link RuleCatalogue#version()} of the catalogue that produced it
 */
public record Finding(
    String ruleId,
    List<String> items,
    Verdict verdict,
    Severity severity,
    double confidence,
    List<Provenance> evidence,
    Wording wording,
    String catalogueVersion) {

  public Finding {
    items = List.copyOf(items);
    evidence = List.copyOf(evidence);
  }
}
