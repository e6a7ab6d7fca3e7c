package org.appwatch.scoring.assess.eval;

import java.util.List;
import org.appwatch.scoring.rules.AppAssessment;
import org.appwatch.scoring.rules.Finding;
import org.appwatch.scoring.rules.RuleKind;
import org.appwatch.scoring.rules.Verdict;
import org.appwatch.scoring.rules.evidence.Provenance;

/** One line explaining a mismatch: the app, and what the item's rules concluded on what. */
final class Mismatch {

  private static final int SNIPPET = 90;

  private Mismatch() {}

  static String reason(CorpusInputs.Observed ob, AppAssessment a, String item, RuleKind kind) {
    StringBuilder b = new StringBuilder();
    b.append('#').append(ob.app().index()).append(' ').append(ob.app().packageName());
    // The policy's language and form explain most policy-side misses at a glance.
    b.append(" [").append(ob.app().policyLink().served() ? "" : "link " + ob.app().policyLink());
    b.append(ob.app().policy().language().tag()).append(' ').append(ob.app().policy().form());
    b.append(']');
    List<Finding> findings =
        a.item(item).findings().stream()
            .filter(f -> kind == RuleKind.STATIC_HINT || f.verdict() != Verdict.NOT_APPLICABLE)
            .limit(3)
            .toList();
    for (Finding f : findings) {
      b.append(" | ").append(f.ruleId()).append(' ').append(f.verdict().id());
      if (f.verdict() == Verdict.UNKNOWN) {
        b.append(": ").append(cut(f.wording().en()));
      } else {
        f.evidence().stream().limit(2).forEach(e -> b.append(": ").append(show(e)));
      }
    }
    return b.toString();
  }

  private static String show(Provenance p) {
    String s = p.snippet() == null ? "" : p.snippet();
    return p.offset() == null ? cut(s) : cut(s) + " @" + p.offset();
  }

  private static String cut(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= SNIPPET ? one : one.substring(0, SNIPPET) + "…";
  }
}
