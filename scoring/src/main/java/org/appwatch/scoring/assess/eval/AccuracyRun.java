package org.appwatch.scoring.assess.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.corpus.ExpectedFlags;
import org.appwatch.scoring.assess.AppAssessor;
import org.appwatch.scoring.assess.PeerTable;
import org.appwatch.scoring.rules.AppAssessment;
import org.appwatch.scoring.rules.RuleCatalogue;
import org.appwatch.scoring.rules.RuleKind;

/**
 * Builds a local-store corpus in memory, analyses every app's APK and policy on {@code threads}
 * threads, computes the category peer rates, assesses every app and counts its verdicts against
 * {@link ExpectedFlags} ({@link Counting} says how). Cost: one APK and one policy analysis per app
 * (two for apps changed since the previous epoch); memory holds every app's facts, a few kB each.
 */
final class AccuracyRun {

  /** The items {@link ExpectedFlags} can flag (M4.1 is left to crawl-wide statistics there). */
  static final Set<String> KEY_ITEMS =
      Set.of(
          "M1.1", "M1.4", "M2.1", "M2.2", "M2.3", "M3.4", "M3.5", "M3.6", "M3.8", "M3.9", "M4.5",
          "M4.6", "M5.1", "M5.3", "M6.1", "M6.2", "M6.3", "M6.5");

  private AccuracyRun() {}

  static AccuracyResult run(AccuracyResult.Options o) {
    long start = System.nanoTime();
    Corpus corpus = new Corpus(o.apps(), o.seed(), o.epoch());
    List<CorpusInputs.Observed> observed = observe(corpus, o.threads());
    long analysed = System.nanoTime();
    PeerTable peers = new PeerTable("epoch-" + o.epoch());
    observed.forEach(ob -> peers.add(ob.current().listing().category(), ob.current().apk()));
    AppAssessor assessor = AppAssessor.standard();
    RuleCatalogue catalogue = assessor.engine().catalogue();
    Counting counting = new Counting(catalogue);
    Map<String, ItemTally> automated = new LinkedHashMap<>();
    counting.measured(catalogue).forEach(i -> automated.put(i, new ItemTally(i, o.mismatches())));
    Map<String, ItemTally> hints = new LinkedHashMap<>();
    catalogue.items().all().stream()
        .map(i -> i.id())
        .filter(i -> catalogue.rulesFor(i).stream().anyMatch(r -> r.kind() == RuleKind.STATIC_HINT))
        .forEach(i -> hints.put(i, new ItemTally(i, o.mismatches())));
    for (CorpusInputs.Observed ob : observed) {
      AppAssessment a =
          assessor.assess(
              ob.current(), ob.previous(), peers.facts(ob.current().listing().category()));
      Set<String> expected = ExpectedFlags.of(ob.app(), o.epoch());
      automated.forEach(
          (item, t) -> tally(t, ob, a, expected.contains(item), counting, RuleKind.AUTOMATED));
      hints.forEach(
          (item, t) -> tally(t, ob, a, expected.contains(item), counting, RuleKind.STATIC_HINT));
    }
    return new AccuracyResult(
        o,
        observed.size(),
        catalogue.version(),
        List.copyOf(automated.values()),
        List.copyOf(hints.values()),
        (analysed - start) / 1_000_000,
        (System.nanoTime() - analysed) / 1_000_000);
  }

  private static void tally(
      ItemTally t,
      CorpusInputs.Observed ob,
      AppAssessment a,
      boolean expected,
      Counting counting,
      RuleKind kind) {
    boolean flagged = !counting.flagging(a, t.item(), kind).isEmpty();
    t.count(expected, flagged, expected == flagged ? null : Mismatch.reason(ob, a, t.item(), kind));
  }

  private static List<CorpusInputs.Observed> observe(Corpus corpus, int threads) {
    Path tmp;
    try {
      tmp = Files.createTempDirectory("appwatch-verdicts");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CorpusInputs inputs = new CorpusInputs(corpus, tmp);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<CorpusInputs.Observed>> futures = new ArrayList<>();
      corpus.aliveIndices().forEach(i -> futures.add(pool.submit(() -> inputs.observe(i))));
      List<CorpusInputs.Observed> out = new ArrayList<>(futures.size());
      for (Future<CorpusInputs.Observed> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("analysing an app failed", e.getCause());
    } finally {
      pool.shutdownNow();
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // a leftover empty folder in the temp dir is harmless
      }
    }
  }
}
