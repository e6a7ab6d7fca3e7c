package org.appwatch.scoring.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each test breaks a copy of the real catalogue in one way and expects a clear error. */
class RuleCatalogueTest {

  @TempDir Path dir;

  @BeforeEach
  void copyCatalogue() throws IOException {
    try (Stream<Path> files = Files.list(RuleFixturesTest.FOLDER)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @Test
  void theCopyLoadsWithEveryRule() {
    RuleCatalogue c = RuleCatalogue.load(dir);
    assertEquals(43, c.rules().size());
    assertTrue(c.version().matches("1\\+[0-9a-f]{8}"), c.version());
  }

  @Test
  void unknownPredicate() throws IOException {
    edit("AW-022.yaml", "policy.feature_missing: m3_8", "policy.feature_absent: m3_8");
    assertError("AW-022.yaml", "unknown predicate `policy.feature_absent`");
  }

  @Test
  void unknownMethodItem() throws IOException {
    edit("AW-022.yaml", "cites: [M3.8]", "cites: [M3.10]");
    assertError("AW-022.yaml", "unknown Method item `M3.10`");
  }

  @Test
  void missingWording() throws IOException {
    edit("AW-042.yaml", "  en: \"The policy publishes", "  fr: \"The policy publishes");
    assertError("AW-042.yaml", "missing `wording` in zh and en");
  }

  @Test
  void idNotMatchingTheFileName() throws IOException {
    edit("AW-042.yaml", "id: AW-042", "id: AW-099");
    assertError("AW-042.yaml", "does not match the file name");
  }

  @Test
  void duplicateId() throws IOException {
    edit("AW-042.yaml", "id: AW-042", "id: AW-041");
    assertError("AW-042.yaml", "duplicate id AW-041");
  }

  @Test
  void unknownPolicyFeatureAndUnfilledPlaceholder() throws IOException {
    edit("AW-022.yaml", "m3_8.withdraw-consent\n", "m3_8.withdraw\n");
    assertError("AW-022.yaml", "unknown policy feature `m3_8.withdraw`");
    edit("AW-022.yaml", "m3_8.withdraw\n", "m3_8.withdraw-consent\n");
    edit("AW-042.yaml", "渠道。", "渠道：{undisclosed_sdks}。");
    assertError("AW-042.yaml", "placeholders [undisclosed_sdks]");
  }

  @Test
  void unlistedFileAndUncoveredItem() throws IOException {
    Files.copy(dir.resolve("AW-042.yaml"), dir.resolve("AW-044.yaml"));
    assertError("AW-044.yaml", "not listed in index.yaml");
    Files.delete(dir.resolve("AW-044.yaml"));
    edit("index.yaml", "AW-041, AW-042, AW-043]", "AW-041, AW-043]");
    Files.delete(dir.resolve("AW-042.yaml"));
    assertError("index.yaml", "no rule cites Method item M6.5");
  }

  @Test
  void retiredIdsMayNotComeBack() throws IOException {
    edit("index.yaml", "retired: []", "retired: [AW-042]");
    assertError("AW-042.yaml", "retired");
  }

  @Test
  void malformedParametersAndBadFixtures() throws IOException {
    edit("AW-032.yaml", "apk.target_sdk_below: 23", "apk.target_sdk_below: high");
    assertError("AW-032.yaml", "apk.target_sdk_below: expected an integer");
    edit("AW-032.yaml", "apk.target_sdk_below: high", "apk.target_sdk_below: 23");
    edit("AW-032.yaml", "{apk: {targetSdk: 22}}", "{apk: {targetSdkVersion: 22}}");
    assertError("AW-032.yaml", "targetSdkVersion");
  }

  private void edit(String file, String from, String to) throws IOException {
    Path p = dir.resolve(file);
    String s = Files.readString(p);
    assertTrue(s.contains(from), file + " lacks " + from);
    Files.writeString(p, s.replace(from, to));
  }

  private void assertError(String file, String message) {
    CatalogueException e = assertThrows(CatalogueException.class, () -> RuleCatalogue.load(dir));
    assertEquals(file, e.file(), e.getMessage());
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
