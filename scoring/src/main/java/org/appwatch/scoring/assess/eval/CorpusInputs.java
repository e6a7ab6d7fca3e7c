package org.appwatch.scoring.assess.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.appwatch.localstore.apk.ApkWriter;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.corpus.PolicyLink;
import org.appwatch.localstore.policy.PolicyWriter;
import org.appwatch.scoring.apk.ApkAnalyzer;
import org.appwatch.scoring.apk.ApkReport;
import org.appwatch.scoring.assess.AppAssessor;
import org.appwatch.scoring.assess.AppInputs;
import org.appwatch.scoring.assess.Listings;
import org.appwatch.scoring.policy.PolicyAnalysis;
import org.appwatch.scoring.policy.PolicyAnalyzer;
import org.appwatch.scoring.rules.evidence.ListingFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * What a crawler would see of a local-store app, without the HTTP server: the APK bytes the store
 * serves (analysed from a temporary file, as a crawler's download would be), the policy page in the
 * bytes and charset the store serves (GBK pages as GBK, decoded by the analyser without a label),
 * and the listing's policy-link state. In a later epoch the previous epoch's inputs come too, for
 * history; an unchanged APK or policy is analysed once. Thread-safe.
 */
final class CorpusInputs {

  private static final Charset GBK = Charset.forName("GBK");

  private final Corpus corpus;
  private final Corpus previous;
  private final Path tmp;
  private final ApkWriter apks = new ApkWriter();
  private final PolicyWriter policies = new PolicyWriter();

  /**
   * @param tmp a folder for the APK files being analysed
   */
  CorpusInputs(Corpus corpus, Path tmp) {
    this.corpus = corpus;
    this.previous =
        corpus.epoch() == 0
            ? null
            : new Corpus(corpus.baseApps(), corpus.seed(), corpus.epoch() - 1);
    this.tmp = tmp;
  }

  /** One app as observed now and, when it existed then, in the previous epoch. */
  record Observed(AppSpec app, AppInputs current, AppInputs previous) {}

  Observed observe(int index) {
    AppSpec now = corpus.app(index);
    ApkReport apk = analyse(now);
    PolicyAnalysis policy = analysePolicy(now);
    AppInputs current = inputs(now, corpus.epoch(), apk, policy);
    if (previous == null || now.bornEpoch() >= corpus.epoch()) {
      return new Observed(now, current, null);
    }
    AppSpec then = previous.app(index);
    ApkReport apkThen = then.apk().equals(now.apk()) ? apk : analyse(then);
    PolicyAnalysis policyThen =
        then.policy().equals(now.policy()) && then.policyLink() == now.policyLink()
            ? policy
            : analysePolicy(then);
    return new Observed(now, current, inputs(then, previous.epoch(), apkThen, policyThen));
  }

  private AppInputs inputs(AppSpec a, int epoch, ApkReport apk, PolicyAnalysis policy) {
    String crawl = "epoch-" + epoch;
    String store = a.stores().iterator().next().id();
    String url = a.policyLink().linked() ? "http://sites.localstore" + a.policyPath() : null;
    ListingFacts listing =
        Listings.of(
            url,
            status(a.policyLink()),
            a.category().id(),
            a.installs(),
            new Provenance("listing", a.title(), "store:" + store, null, null, crawl));
    return AppAssessor.inputs(
        store,
        a.packageName(),
        crawl,
        listing,
        apk,
        new Provenance("apk", null, a.apkFileName(), null, null, crawl),
        policy,
        new Provenance("policy", null, url, null, null, crawl));
  }

  private static int status(PolicyLink link) {
    return switch (link) {
      case PRESENT -> 200;
      case DEAD_410 -> 410;
      case MISSING, DEAD_404 -> 404;
    };
  }

  private ApkReport analyse(AppSpec a) {
    try {
      Path file = Files.createTempFile(tmp, a.packageName(), ".apk");
      try {
        Files.write(file, apks.write(a.apk()));
        return ApkAnalyzer.analyze(file);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Null when no page is served (no link, dead link): nothing was fetched. */
  private PolicyAnalysis analysePolicy(AppSpec a) {
    if (!a.policyLink().served()) {
      return null;
    }
    String html = policies.html(a.policy());
    byte[] body = html.getBytes(a.policyEncoding().gbk() ? GBK : StandardCharsets.UTF_8);
    return PolicyAnalyzer.analyzeBytes(body, a.policyPath());
  }
}
