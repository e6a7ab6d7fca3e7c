package org.appwatch.scoring.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.scoring.apk.ApkReport;
import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApkEvidenceTest {

  @TempDir Path dir;

  @Test
  void generatedApkGivesItsPermissionsSdksAndOrigin() throws Exception {
    AppSpec app =
        GeneratedApps.first(
            new Corpus(100, GeneratedApps.SEED, 0),
            a -> a.dangerousPermissions().size() >= 2 && a.sdks().size() >= 2);
    ApkReport report = GeneratedApps.apk(app, dir);
    Provenance origin = new Provenance("apk", null, "x.apk", null, "<urn:uuid:1>", "crawl-9");

    ApkFacts facts = ApkEvidence.of(report, origin);

    Set<String> dangerous =
        facts.dangerousPermissions().stream()
            .map(ApkFacts.PermissionFact::name)
            .collect(Collectors.toSet());
    assertEquals(Set.copyOf(app.dangerousPermissions()), dangerous);
    assertEquals(app.targetSdk(), facts.targetSdk());
    assertTrue(facts.sdks().size() >= app.sdks().size(), facts.sdks().toString());
    ApkFacts.PermissionFact p = facts.dangerousPermissions().get(0);
    assertEquals("AndroidManifest.xml", p.provenance().file());
    assertEquals("crawl-9", p.provenance().crawlId());
    assertEquals("<urn:uuid:1>", facts.sdks().get(0).provenance().warcRecordId());
    assertEquals("x.apk", facts.provenance().file());
    assertFalse(facts.sdks().get(0).provenance().snippet().isBlank());
  }

  @Test
  void unreadableApkIsMissingEvidence() throws Exception {
    Path junk = dir.resolve("junk.apk");
    java.nio.file.Files.writeString(junk, "not a zip");
    assertNull(ApkEvidence.of(org.appwatch.scoring.apk.ApkAnalyzer.analyze(junk), null));
    assertNull(ApkEvidence.of(null, null));
  }

  @Test
  void dangerousIsOneFlagOfTheProtectionLevel() {
    assertTrue(ApkEvidence.dangerous("dangerous"));
    assertTrue(ApkEvidence.dangerous("dangerous|instant"));
    assertFalse(ApkEvidence.dangerous("signature|privileged"));
    assertFalse(ApkEvidence.dangerous(null));
  }

  @Test
  void exodusIdentificationIsSocialLogin() {
    assertEquals(
        List.of("identification", "social-login"),
        ApkEvidence.categories(List.of("identification")));
    assertEquals(List.of("ads"), ApkEvidence.categories(List.of("ads")));
    assertEquals(List.of(), ApkEvidence.categories(null));
  }
}
