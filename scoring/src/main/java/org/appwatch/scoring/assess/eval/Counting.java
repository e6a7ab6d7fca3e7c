package org.appwatch.scoring.assess.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.appwatch.scoring.rules.AppAssessment;
import org.appwatch.scoring.rules.Finding;
import org.appwatch.scoring.rules.Rule;
import org.appwatch.scoring.rules.RuleCatalogue;
import org.appwatch.scoring.rules.RuleKind;
import org.appwatch.scoring.rules.Verdict;

/**
 * How verdicts are counted against the answer key. An item is <em>measured</em> when at least one
 * {@code automated} rule cites it. For a measured item the app counts as flagged when an automated
 * rule citing it concludes {@code violation} or {@code likely} (AW-018 on M3.5 and AW-040 on M6.3
 * are automated rules whose firing is {@code likely}: the key flags exactly what they detect).
 * {@code unknown} counts as not flagged, so missing evidence shows up as a false negative, never as
 * a hit. Static-hint rules (AW-009 on M2.2, AW-024 on M4.1, AW-027 on M4.3, AW-030 on M4.5, AW-043
 * on M5.3, AW-037 on M6.2, ...) raise questions for an inspector, not verdicts; they are counted in
 * a separate table against the key where the key has the item, and never change the automated
 * figures.
 */
final class Counting {

  private final Map<String, RuleKind> kinds;
  private final Set<String> measured;

  Counting(RuleCatalogue catalogue) {
    this.kinds = catalogue.rules().stream().collect(Collectors.toMap(Rule::id, Rule::kind));
    Set<String> items = new LinkedHashSet<>();
    catalogue.items().all().stream()
        .map(i -> i.id())
        .filter(i -> catalogue.rulesFor(i).stream().anyMatch(r -> r.kind() == RuleKind.AUTOMATED))
        .forEach(items::add);
    this.measured = Set.copyOf(items);
  }

  /** The items with at least one automated rule, in the Method's order. */
  List<String> measured(RuleCatalogue catalogue) {
    return catalogue.items().all().stream().map(i -> i.id()).filter(measured::contains).toList();
  }

  /** The findings of {@code kind} rules on {@code item} that flag it. */
  List<Finding> flagging(AppAssessment a, String item, RuleKind kind) {
    return a.item(item).findings().stream()
        .filter(f -> kinds.get(f.ruleId()) == kind)
        .filter(f -> f.verdict() == Verdict.VIOLATION || f.verdict() == Verdict.LIKELY)
        .toList();
  }

  /** The findings of {@code kind} rules on {@code item}, worst first. */
  List<Finding> findings(AppAssessment a, String item, RuleKind kind) {
    return a.item(item).findings().stream().filter(f -> kinds.get(f.ruleId()) == kind).toList();
  }
}
