package org.appwatch.scoring.apk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.appwatch.scoring.apk.bench.DebianTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * APKs built at test time by Android's own tool chain (aapt, dx, zipalign, apksigner; see {@link
 * AaptApkBuilder}) from the sources under {@code fixtures/}, not by appwatch's writer: the analyser
 * must read them as aapt, apksigner and dexdump do. Skipped only when those tools are absent;
 * {@code dev/install-test-tools}, which CI runs, installs them.
 */
class AaptBuiltApksTest {
  @TempDir static Path work;
  private static Path demo;
  private static Path legacy;

  @BeforeAll
  static void build() throws Exception {
    String missing = AaptApkBuilder.missingTool();
    assumeTrue(
        missing == null,
        () ->
            "Debian's Android tools are not installed ("
                + missing
                + "): run dev/install-test-tools");
    AaptApkBuilder builder = new AaptApkBuilder(work);
    demo = builder.build("demo");
    legacy = builder.build("legacy");
  }

  @Test
  void demoAgreesWithTheToolsIncludingResolvedStringsAndBothDexFiles() throws Exception {
    ApkReport report = ApkAnalyzer.analyze(demo);
    DebianTools.Facts tools = DebianTools.facts(demo);

    assertEquals(List.of(), report.errors());
    assertEquals(tools, DebianTools.fromReport(report));
    // What the tools said, so that agreeing on nothing cannot pass.
    assertEquals("2.4.1", tools.versionName());
    assertEquals("Demo Reader", tools.label());
    assertEquals(Map.of("zh", "演示阅读器"), tools.labels());
    assertTrue(tools.permissions().contains("android.permission.WRITE_EXTERNAL_STORAGE@28"));
    assertTrue(tools.permissions().contains("sdk23:android.permission.ACCESS_FINE_LOCATION"));
    assertEquals(1, tools.signerSha256().size());
    assertEquals(List.of("classes.dex", "classes2.dex"), report.dexFiles());
    assertTrue(tools.classes().contains("com.umeng.analytics.MobclickAgent"), tools::toString);
    assertTrue(tools.classes().contains("com.example.demo.R$string"), tools::toString);
    // Beyond badging: the meta-data reference resolves to strings.xml's value; consent strings.
    assertEquals("official-site", report.manifest().metaData().get("UMENG_CHANNEL"));
    assertEquals("5f1234abcd", report.manifest().metaData().get("UMENG_APPKEY"));
    assertTrue(report.consent().dialogLikely(), report.consent()::toString);
    assertEquals(List.of("v1", "v2", "v3"), report.signing().verifiedSchemes());
    assertTrue(report.signing().signers().get(0).subject().contains("CN=示例开发者"));
  }

  @Test
  void legacyV1OnlyApkAgreesWithTheTools() throws Exception {
    ApkReport report = ApkAnalyzer.analyze(legacy);
    DebianTools.Facts tools = DebianTools.facts(legacy);

    assertEquals(List.of(), report.errors());
    assertEquals(tools, DebianTools.fromReport(report));
    assertEquals(28, tools.maxSdk());
    assertEquals("老应用", tools.label());
    assertTrue(tools.permissions().contains("android.permission.GET_ACCOUNTS@22"));
    assertEquals(List.of("v1"), report.signing().verifiedSchemes());
    assertEquals(List.of("classes.dex"), report.dexFiles());
    assertEquals("gt-2f9c1e", report.manifest().metaData().get("PUSH_APPID"));
    assertEquals(Boolean.TRUE, report.manifest().application().debuggable());
    ManifestInfo.Component push = report.manifest().components().get(1);
    assertEquals("com.igexin.sdk.PushService", push.name());
    assertTrue(push.effectivelyExported());
    assertTrue(report.sdks().stream().anyMatch(s -> s.id().equals("cn-getui")), "Getui found");
  }
}
