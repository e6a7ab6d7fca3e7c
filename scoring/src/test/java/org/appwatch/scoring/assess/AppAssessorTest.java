package org.appwatch.scoring.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.corpus.Permission;
import org.appwatch.localstore.policy.PolicyForm;
import org.appwatch.scoring.rules.AppAssessment;
import org.appwatch.scoring.rules.Finding;
import org.appwatch.scoring.rules.Verdict;
import org.appwatch.scoring.rules.evidence.ListingFacts;
import org.appwatch.scoring.rules.evidence.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two crawls of generated apps, analysed for real and assessed. */
class AppAssessorTest {

  private static final Corpus NOW = new Corpus(300, GeneratedApps.SEED, 1);
  private static final Corpus THEN = new Corpus(300, GeneratedApps.SEED, 0);
  private static final AppAssessor ASSESSOR = AppAssessor.standard();

  @TempDir Path dir;

  private AppInputs inputs(AppSpec app, String crawl) throws Exception {
    ListingFacts listing =
        Listings.of("http://x" + app.policyPath(), 200, app.category().id(), app.installs(), null);
    return AppAssessor.inputs(
        "fdroid",
        app.packageName(),
        crawl,
        listing,
        GeneratedApps.apk(app, dir),
        new Provenance("apk", null, app.apkFileName(), null, null, crawl),
        GeneratedApps.policy(app),
        null);
  }

  @Test
  void silentPolicyChangeIsAViolationOfM22WithHistoryAndUnknownWithout() throws Exception {
    AppSpec app =
        GeneratedApps.first(
            NOW,
            a ->
                a.bornEpoch() == 0
                    && a.history().lastSilentPolicyChange() == 1
                    && a.policyLink().served()
                    && a.policy().form() == PolicyForm.HTML);
    AppInputs now = inputs(app, "c2");
    AppInputs then = inputs(THEN.app(app.index()), "c1");

    AppAssessment withHistory = ASSESSOR.assess(now, then, null);
    AppAssessment firstCrawl = ASSESSOR.assess(now, null, null);

    Finding aw008 =
        withHistory.findings().stream().filter(f -> f.ruleId().equals("AW-008")).findFirst().get();
    assertEquals(Verdict.VIOLATION, aw008.verdict(), aw008.wording().en());
    assertEquals(Verdict.VIOLATION, withHistory.item("M2.2").verdict());
    assertEquals(Verdict.UNKNOWN, firstCrawl.item("M2.2").verdict());
    assertEquals("c2", aw008.evidence().get(0).crawlId());
  }

  @Test
  void dangerousPermissionAddedIsLikelyM35AndCountsAsChange() throws Exception {
    AppSpec app =
        GeneratedApps.first(
            NOW,
            a ->
                a.bornEpoch() == 0
                    && a.history().permissionsAdded().stream().anyMatch(Permission::isDangerous));
    AppAssessment a = ASSESSOR.assess(inputs(app, "c2"), inputs(THEN.app(app.index()), "c1"), null);

    assertEquals(Verdict.LIKELY, a.item("M3.5").verdict());
    assertTrue(a.score().change() > 1.0, a.score().explanation());
  }

  @Test
  void missingApkAndPolicyLeaveApkItemsUnknownButM11Decided() {
    ListingFacts noLink = Listings.of(null, 0, "TOOLS", null, null);
    AppInputs bare = new AppInputs("fdroid", "com.example", "c1", noLink, null, null);

    AppAssessment a = ASSESSOR.assess(bare, null, null);

    assertEquals(Verdict.VIOLATION, a.item("M1.1").verdict());
    assertEquals(Verdict.UNKNOWN, a.item("M4.6").verdict());
    assertEquals(Verdict.UNKNOWN, a.item("M2.1").verdict());
  }
}
