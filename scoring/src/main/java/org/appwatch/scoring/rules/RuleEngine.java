package org.appwatch.scoring.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appwatch.scoring.rules.evidence.AppEvidence;
import org.appwatch.scoring.rules.evidence.CrossFacts;
import org.appwatch.scoring.rules.evidence.PersonalDataItems;
import org.appwatch.scoring.rules.evidence.SdkDisclosure;
import org.appwatch.scoring.rules.predicate.Facts;
import org.appwatch.scoring.rules.predicate.Outcome;
import org.appwatch.scoring.rules.predicate.Truth;

/**
 * Evaluates every rule of a catalogue for one app. Pure and thread-safe: one engine serves a whole
 * crawl; the cost is a few microseconds per rule plus deriving the cross facts once per app.
 */
public final class RuleEngine {

  private final RuleCatalogue catalogue;
  private final SdkDisclosure sdkNames;
  private final PersonalDataItems dataItems;

  public RuleEngine(RuleCatalogue catalogue) {
    this(catalogue, SdkDisclosure.standard(), PersonalDataItems.standard());
  }

  public RuleEngine(RuleCatalogue catalogue, SdkDisclosure sdkNames, PersonalDataItems items) {
    this.catalogue = catalogue;
    this.sdkNames = sdkNames;
    this.dataItems = items;
  }

  /** The catalogue evaluated. */
  public RuleCatalogue catalogue() {
    return catalogue;
  }

  /** The findings of every rule, in catalogue order. */
  public List<Finding> evaluate(AppEvidence evidence) {
    Facts facts = facts(evidence);
    return catalogue.rules().stream().map(r -> evaluate(r, facts)).toList();
  }

  /** The facts rules are evaluated over: the evidence and the cross facts derived from it. */
  public Facts facts(AppEvidence evidence) {
    return new Facts(evidence, CrossFacts.derive(evidence, sdkNames, dataItems));
  }

  /** Findings, the roll-up of all 31 items, and the risk score. */
  public AppAssessment assess(AppEvidence evidence) {
    List<Finding> findings = evaluate(evidence);
    Map<String, List<Finding>> byItem = new LinkedHashMap<>();
    catalogue.items().all().forEach(i -> byItem.put(i.id(), new ArrayList<>()));
    findings.forEach(f -> f.items().forEach(i -> byItem.get(i).add(f)));
    List<ItemVerdict> items =
        byItem.entrySet().stream().map(e -> ItemVerdict.of(e.getKey(), e.getValue())).toList();
    return new AppAssessment(
        evidence.store(),
        evidence.packageName(),
        evidence.crawlId(),
        findings,
        items,
        RiskScorer.score(evidence, items));
  }

  /** One rule's finding. */
  public Finding evaluate(Rule rule, Facts facts) {
    Outcome applies =
        rule.applies() == null
            ? Outcome.holds(List.of(), Map.of())
            : rule.applies().evaluate(facts);
    if (applies.truth() == Truth.UNKNOWN) {
      return unknown(rule, applies);
    }
    if (applies.truth() == Truth.FALSE) {
      return finding(rule, Verdict.NOT_APPLICABLE, applies, facts);
    }
    if (rule.condition() == null) {
      return finding(rule, rule.onMatch(), applies, facts);
    }
    Outcome o = rule.condition().evaluate(facts);
    return switch (o.truth()) {
      case UNKNOWN -> unknown(rule, o);
      case TRUE -> finding(rule, rule.onMatch(), withValues(o, applies), facts);
      case FALSE -> finding(rule, rule.otherwise(), o, facts);
    };
  }

  private Finding finding(Rule rule, Verdict verdict, Outcome o, Facts facts) {
    Wording wording;
    if (verdict == rule.onMatch()) {
      Map<String, String> values = new HashMap<>(globals(facts.evidence()));
      values.putAll(o.values());
      wording = rule.wording().fill(values);
    } else if (verdict == Verdict.NOT_APPLICABLE) {
      wording = prefixed(rule, "不适用：", "Not applicable: ");
    } else {
      wording = prefixed(rule, "未发现问题：", "No issue found: ");
    }
    return new Finding(
        rule.id(),
        rule.cites(),
        verdict,
        rule.severity(),
        rule.confidence(),
        o.evidence(),
        wording,
        catalogue.version());
  }

  private Finding unknown(Rule rule, Outcome o) {
    String missing = String.join(", ", o.missing());
    Wording w =
        prefixed(
            rule,
            "证据缺失（" + missing + "），无法判断：",
            "Evidence missing (" + missing + "), cannot decide: ");
    return new Finding(
        rule.id(),
        rule.cites(),
        Verdict.UNKNOWN,
        rule.severity(),
        rule.confidence(),
        List.of(),
        w,
        catalogue.version());
  }

  private static Wording prefixed(Rule rule, String zh, String en) {
    return new Wording(zh + rule.title().zh(), en + rule.title().en());
  }

  private static Outcome withValues(Outcome o, Outcome applies) {
    Map<String, String> values = new HashMap<>(applies.values());
    values.putAll(o.values());
    return new Outcome(o.truth(), o.evidence(), values, o.missing());
  }

  private static Map<String, String> globals(AppEvidence e) {
    Map<String, String> g = new HashMap<>();
    g.put("package", e.packageName());
    g.put("store", String.valueOf(e.store()));
    g.put("crawl", String.valueOf(e.crawlId()));
    if (e.listing() != null) {
      g.put("category", String.valueOf(e.listing().category()));
      g.put("installs", String.valueOf(e.listing().installs()));
    }
    return g;
  }
}
