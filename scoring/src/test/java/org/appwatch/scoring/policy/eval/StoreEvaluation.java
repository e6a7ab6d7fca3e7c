package org.appwatch.scoring.policy.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.appwatch.localstore.policy.Clause;
import org.appwatch.localstore.policy.PolicyForm;
import org.appwatch.localstore.policy.PolicySpec;
import org.appwatch.scoring.policy.PolicyAnalysis;
import org.appwatch.scoring.policy.PolicyAnalyzer;
import org.appwatch.scoring.policy.PolicyStatus;

/**
 * Measures the policy analyser against the local store's ground truth: per clause and language,
 * precision and recall of "clause stated" (for adverse clauses: "adverse wording present"); value
 * extraction accuracy; the status of the non-HTML forms. Run: {@code java -cp ...
 * org.appwatch.scoring.policy.eval.StoreEvaluation [perLanguage=700] [seed=7] [misses]} ("misses"
 * prints the first misclassified sentences of each clause, for development).
 */
public final class StoreEvaluation {

  /** Figures keyed by question, then language tag ("all" for the sum). */
  public record Report(
      Map<String, Map<String, Tally>> clauses,
      Map<String, Map<String, Tally>> values,
      Tally forms,
      int policies,
      List<String> misses) {}

  private StoreEvaluation() {}

  public static void main(String[] args) {
    int perLanguage = args.length > 0 ? Integer.parseInt(args[0]) : 700;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
    boolean misses = args.length > 2 && args[2].equals("misses");
    long start = System.nanoTime();
    Report report = evaluate(StoreSample.draw(seed, perLanguage));
    System.out.print(format(report));
    System.out.printf("(%.1f s)%n", (System.nanoTime() - start) / 1e9);
    if (misses) {
      report.misses().forEach(System.out::println);
    }
  }

  static Report evaluate(List<StoreSample> samples) {
    Map<String, Map<String, Tally>> clauses = new TreeMap<>();
    Map<String, Map<String, Tally>> values = new TreeMap<>();
    Tally forms = new Tally();
    List<String> misses = new ArrayList<>();
    for (StoreSample sample : samples) {
      PolicySpec spec = sample.spec();
      PolicyAnalysis a = PolicyAnalyzer.analyzeBytes(sample.body(), sample.app().packageName());
      forms.add(true, a.status() == expected(spec.form()));
      if (spec.form() != PolicyForm.HTML || a.status() != PolicyStatus.OK) {
        continue;
      }
      String lang = spec.language().tag();
      for (Clause c : Clause.values()) {
        if (!ClauseCheck.scored(c, spec)) {
          continue;
        }
        boolean truth = spec.clauses().contains(c);
        boolean found = ClauseCheck.found(c, a);
        tally(clauses, c.name() + " " + c.methodItems().get(0), lang).add(truth, found);
        if (truth != found && misses.size() < 4000) {
          misses.add(Misses.describe(c, truth, lang, a, sample.app().index()));
        }
      }
      ValueChecks.check(spec, a, (q, right) -> tally(values, q, lang).add(true, right));
    }
    return new Report(clauses, values, forms, samples.size(), misses);
  }

  /** Records one outcome in the language's cell and in "all". */
  private static Tally2 tally(Map<String, Map<String, Tally>> m, String question, String lang) {
    Map<String, Tally> row = m.computeIfAbsent(question, k -> new TreeMap<>());
    Tally all = row.computeIfAbsent("all", k -> new Tally());
    Tally cell = row.computeIfAbsent(lang, k -> new Tally());
    return (truth, found) -> {
      all.add(truth, found);
      cell.add(truth, found);
    };
  }

  private interface Tally2 {
    void add(boolean truth, boolean found);
  }

  private static PolicyStatus expected(PolicyForm form) {
    return switch (form) {
      case HTML -> PolicyStatus.OK;
      case PDF_LINK_ONLY -> PolicyStatus.DOCUMENT_LINK_ONLY;
      case IMAGE_ONLY -> PolicyStatus.IMAGE_ONLY;
      case LOGIN_WALL -> PolicyStatus.LOGIN_WALL;
    };
  }

  static String format(Report r) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            "%d generated policies; non-HTML forms with the right status: %d/%d%n",
            r.policies(), r.forms().tp, r.forms().total()));
    b.append(
        String.format(
            "%-42s %17s %17s %17s %17s%n",
            "clause (P / R, positives)", "zh-Hans", "zh-Hant", "en", "all"));
    r.clauses()
        .forEach(
            (q, row) -> {
              b.append(String.format("%-42s", q));
              for (String l : List.of("zh-Hans", "zh-Hant", "en", "all")) {
                Tally t = row.getOrDefault(l, new Tally());
                b.append(
                    String.format(" %5.3f/%5.3f %5d", t.precision(), t.recall(), t.positives()));
              }
              b.append('\n');
            });
    b.append(
        String.format(
            "%-42s %17s %17s %17s %17s%n",
            "value (share right, checked)", "zh-Hans", "zh-Hant", "en", "all"));
    r.values()
        .forEach(
            (q, row) -> {
              b.append(String.format("%-42s", q));
              for (String l : List.of("zh-Hans", "zh-Hant", "en", "all")) {
                Tally t = row.getOrDefault(l, new Tally());
                b.append(String.format("       %5.3f %5d", t.accuracy(), t.positives()));
              }
              b.append('\n');
            });
    return b.toString();
  }
}
