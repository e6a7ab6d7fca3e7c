package org.appwatch.scoring.policy.eval;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.policy.Detection;
import org.appwatch.scoring.policy.PolicyAnalysis;
import org.appwatch.scoring.policy.PolicyAnalyzer;
import org.appwatch.scoring.policy.PolicyStatus;

/**
 * Measures the analyser against the experts' sentence labels of CAPP-130 (see {@link
 * LabelMapping}): per item, sentence-level precision (share of evidence sentences carrying a
 * matching label), recall against the primary label where one is meaningful, and policy-level
 * presence. Run: {@code java ... org.appwatch.scoring.policy.eval.CorpusEvaluation [corpus-dir]}.
 */
public final class CorpusEvaluation {

  /** Figures for one item over the corpus. */
  public record ItemFigures(
      String item,
      int evidence,
      int evidenceMatching,
      int evidenceLabelled,
      int primaryLabelled,
      int primaryFound,
      int policiesFound,
      int policiesWithPrimaryLabel) {

    public double precision() {
      return evidence == 0 ? Double.NaN : (double) evidenceMatching / evidence;
    }

    /** Precision over evidence sentences the experts gave any topic label (many have none). */
    public double labelledPrecision() {
      return evidenceLabelled == 0 ? Double.NaN : (double) evidenceMatching / evidenceLabelled;
    }

    public double recall() {
      return primaryLabelled == 0 ? Double.NaN : (double) primaryFound / primaryLabelled;
    }
  }

  /** All items' figures plus the overall evidence share. */
  public record Report(int policies, Map<String, ItemFigures> items) {
    public double evidenceShare() {
      int all = items.values().stream().mapToInt(ItemFigures::evidence).sum();
      int ok = items.values().stream().mapToInt(ItemFigures::evidenceMatching).sum();
      return all == 0 ? Double.NaN : (double) ok / all;
    }
  }

  private CorpusEvaluation() {}

  /** Evaluates every policy of {@code corpus}. */
  public static Report evaluate(List<CappCorpus.CappPolicy> corpus) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (String item : PolicyAnalysis.ITEMS) {
      counts.put(item, new int[7]);
    }
    for (CappCorpus.CappPolicy policy : corpus) {
      PolicyAnalysis analysis = PolicyAnalyzer.analyzeText(policy.text(), policy.name());
      if (analysis.status() != PolicyStatus.OK) {
        throw new IllegalStateException(policy.name() + ": " + analysis.statusDetail());
      }
      int[] lineStarts = lineStarts(policy.text());
      for (String item : PolicyAnalysis.ITEMS) {
        LabelMapping.Labels labels = LabelMapping.ITEMS.get(item);
        int[] c = counts.get(item);
        Set<Integer> foundLines = new HashSet<>();
        for (Detection d : analysis.items().get(item)) {
          int line = lineOf(lineStarts, d.start());
          foundLines.add(line);
          c[0]++;
          Set<String> gold = policy.sentences().get(line).labels();
          if (gold.stream().anyMatch(labels.matching()::contains)) {
            c[1]++;
          }
          if (gold.stream().anyMatch(l -> !l.equals("摘要"))) {
            c[6]++;
          }
        }
        boolean primaryPresent = false;
        for (int i = 0; labels.primary() != null && i < policy.sentences().size(); i++) {
          if (policy.sentences().get(i).labels().contains(labels.primary())) {
            primaryPresent = true;
            c[2]++;
            c[3] += foundLines.contains(i) ? 1 : 0;
          }
        }
        c[4] += foundLines.isEmpty() ? 0 : 1;
        c[5] += primaryPresent ? 1 : 0;
      }
    }
    Map<String, ItemFigures> items = new LinkedHashMap<>();
    counts.forEach(
        (item, c) ->
            items.put(item, new ItemFigures(item, c[0], c[1], c[6], c[2], c[3], c[4], c[5])));
    return new Report(corpus.size(), items);
  }

  /** Line index of {@code offset}, lines starting at {@code starts}. */
  static int lineOf(int[] starts, int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 2;
  }

  static int[] lineStarts(String text) {
    return java.util.stream.IntStream.concat(
            java.util.stream.IntStream.of(0),
            java.util.stream.IntStream.range(0, text.length())
                .filter(i -> text.charAt(i) == '\n' && i + 1 < text.length())
                .map(i -> i + 1))
        .toArray();
  }

  public static void main(String[] args) {
    Path dir = args.length > 0 ? Path.of(args[0]) : CappCorpus.defaultDir();
    System.out.print(format(evaluate(CappCorpus.load(dir))));
  }

  /** The report as the table kept in docs/policy-analysis.md. */
  public static String format(Report report) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("CAPP-130 dev: %d policies%n", report.policies()));
    b.append(
        String.format(
            "%-5s %8s %9s %8s %7s %8s %9s %9s%n",
            "item",
            "evidence",
            "precision",
            "P(lab.)",
            "recall",
            "labelled",
            "policies",
            "labelled"));
    for (ItemFigures f : report.items().values()) {
      b.append(
          String.format(
              "%-5s %8d %9.3f %8.3f %7s %8s %6d/%-3d %6s%n",
              f.item(),
              f.evidence(),
              f.precision(),
              f.labelledPrecision(),
              Double.isNaN(f.recall()) ? "n/a" : String.format("%.3f", f.recall()),
              f.primaryLabelled() == 0 ? "-" : String.valueOf(f.primaryLabelled()),
              f.policiesFound(),
              report.policies(),
              f.policiesWithPrimaryLabel() == 0
                  ? "-"
                  : String.valueOf(f.policiesWithPrimaryLabel())));
    }
    b.append(String.format("evidence share (all items): %.3f%n", report.evidenceShare()));
    return b.toString();
  }
}
