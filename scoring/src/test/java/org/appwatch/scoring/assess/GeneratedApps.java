package org.appwatch.scoring.assess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.appwatch.localstore.apk.ApkWriter;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.policy.PolicyWriter;
import org.appwatch.scoring.apk.ApkAnalyzer;
import org.appwatch.scoring.apk.ApkReport;
import org.appwatch.scoring.policy.PolicyAnalysis;
import org.appwatch.scoring.policy.PolicyAnalyzer;

/** Local-store apps for the assess tests: the first app matching a test, analysed for real. */
final class GeneratedApps {

  static final long SEED = 7;

  private GeneratedApps() {}

  /** The first app alive in {@code corpus} that {@code wanted} accepts. */
  static AppSpec first(Corpus corpus, Predicate<AppSpec> wanted) {
    return corpus
        .aliveIndices()
        .mapToObj(corpus::app)
        .filter(wanted)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no such app in the corpus"));
  }

  static ApkReport apk(AppSpec app, Path dir) throws IOException {
    Path file = dir.resolve(app.apkFileName());
    Files.write(file, new ApkWriter().write(app.apk()));
    return ApkAnalyzer.analyze(file);
  }

  static PolicyAnalysis policy(AppSpec app) {
    return PolicyAnalyzer.analyzeHtml(new PolicyWriter().html(app.policy()), app.policyPath());
  }
}
