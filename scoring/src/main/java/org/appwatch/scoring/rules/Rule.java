package org.appwatch.scoring.rules;

import java.util.List;
import org.appwatch.scoring.rules.predicate.Condition;

/**
 * One rule of the catalogue, read from {@code catalogue/<id>.yaml}. The engine evaluates {@code
 * applies} first (absent: always applies; false: {@code not-applicable}), then {@code condition}
 * (absent for manual rules: the rule always asks for a check). Unknown at either step gives {@code
 * unknown}.
 *
 * @param id stable id ({@code AW-001}), equal to the file name, never reused
 * @param cites the Method items it decides or hints at (M1.1 … M6.5)
 * @param confidence the rule author's estimate, 0..1, that a firing is right
 * @param evidence the evidence kinds it reads ({@code listing}, {@code apk}, {@code policy}, {@code
 *     cross}, {@code history}, {@code peers}, {@code dynamic})
 * @param why the reasoning, for the catalogue page
 * @param appliesYaml the applicability condition as written, or null
 * @param conditionYaml the condition as written, or null
 * @param onMatch the verdict when the condition holds
 * @param otherwise the verdict when it does not
 */
public record Rule(
    String id,
    Wording title,
    List<String> cites,
    RuleKind kind,
    Severity severity,
    double confidence,
    List<String> evidence,
    String why,
    String appliesYaml,
    Condition applies,
    String conditionYaml,
    Condition condition,
    Verdict onMatch,
    Verdict otherwise,
    Wording wording,
    List<Fixture> mustFire,
    List<Fixture> mustNotFire) {

  public Rule {
    cites = List.copyOf(cites);
    evidence = List.copyOf(evidence);
    mustFire = List.copyOf(mustFire);
    mustNotFire = List.copyOf(mustNotFire);
  }

  /** The file the rule is read from. */
  public String fileName() {
    return id + ".yaml";
  }
}
