package org.appwatch.scoring.apk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appwatch.scoring.apk.bench.DebianTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyser against aapt, apksigner and dexdump on generated APKs: the facts must be equal. */
class ApkAnalyzerToolsTest {
  @TempDir Path dir;

  @Test
  void modernApkAgreesWithTheDebianTools() throws Exception {
    Path apk = write("modern.apk", TestApks.WRITER.write(TestApks.modern()));
    ApkReport report = ApkAnalyzer.analyze(apk);

    assertTrue(report.complete(), () -> report.errors().toString());
    assertEquals(List.of(), report.errors());
    assertSameFacts(DebianTools.facts(apk), DebianTools.fromReport(report));
    assertEquals(550, report.classes().size());
    assertEquals(List.of("v1", "v2", "v3"), report.signing().verifiedSchemes());
    assertTrue(report.signing().signers().get(0).subject().contains("CN=北京某某科技有限公司"));
  }

  @Test
  void legacyApksAgreeWithTheDebianTools() throws Exception {
    for (int n = 0; n < 3; n++) {
      Path apk = write("legacy" + n + ".apk", TestApks.WRITER.write(TestApks.legacy(n)));
      ApkReport report = ApkAnalyzer.analyze(apk);
      assertSameFacts(DebianTools.facts(apk), DebianTools.fromReport(report));
    }
  }

  @Test
  void multidexClassesAreAllReadLikeDexdumpDoes() throws Exception {
    Map<String, byte[]> first = TestApks.entries(TestApks.WRITER.write(TestApks.modern()));
    Map<String, byte[]> second = TestApks.entries(TestApks.WRITER.write(TestApks.legacy(1)));
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("AndroidManifest.xml", first.get("AndroidManifest.xml"));
    entries.put("classes.dex", first.get("classes.dex"));
    entries.put("classes2.dex", second.get("classes.dex"));
    entries.put("resources.arsc", first.get("resources.arsc"));
    Path apk = write("multidex.apk", TestApks.zip(entries, true));

    ApkReport report = ApkAnalyzer.analyze(apk);

    assertEquals(List.of("classes.dex", "classes2.dex"), report.dexFiles());
    assertEquals(571, report.classes().size());
    String dump = runDexdump(apk);
    for (String c : report.classes()) {
      assertTrue(dump.contains("'L" + c.replace('.', '/') + ";'"), c);
    }
    assertEquals(571, dump.split("Class descriptor", -1).length - 1);
    assertEquals(ApkErrorCode.UNSIGNED, report.errors().get(0).code());
  }

  @Test
  void manifestDetailsBeyondBadgingAreRead() throws Exception {
    ApkReport report =
        ApkAnalyzer.analyze(write("m.apk", TestApks.WRITER.write(TestApks.modern())));
    ManifestInfo m = report.manifest();

    ManifestInfo.Component push = m.components().get(2);
    assertEquals("service", push.kind());
    assertEquals("com.igexin.sdk.PushService", push.name());
    assertEquals(Boolean.TRUE, push.exported());
    assertEquals(List.of("com.igexin.sdk.action.service.message"), push.actions());
    assertEquals(
        List.of("UMENG_APPKEY", "UMENG_CHANNEL", "JPUSH_APPKEY"),
        List.copyOf(m.metaData().keySet()));
    assertTrue(report.permissions().get(1).protectionLevel().startsWith("dangerous"));
    assertEquals(List.of("precise-location"), report.permissions().get(1).kinds());
    assertEquals(null, report.permissions().get(4).protectionLevel());
    assertTrue(report.consent().dialogLikely());
    assertEquals(List.of("https://www.example.cn/privacy.html"), report.consent().policyUrls());
    assertTrue(report.consent().keywords().containsAll(List.of("隐私政策", "用户协议", "同意", "不同意")));
    List<String> sdks = report.sdks().stream().map(s -> s.id()).toList();
    assertTrue(
        sdks.containsAll(
            List.of(
                "exodus-119",
                "cn-getui",
                "cn-tencent-gdt",
                "cn-wechat-opensdk",
                "cn-umeng-common")),
        sdks::toString);
    String json = ApkReportJson.write(report, true);
    assertFalse(json.contains("\n"));
    assertTrue(json.contains("\"complete\":true"));
  }

  /** Field by field, so that a difference in 500 class names prints as the names that differ. */
  private static void assertSameFacts(DebianTools.Facts tools, DebianTools.Facts ours) {
    assertEquals(tools.packageName(), ours.packageName());
    assertEquals(tools.versionCode(), ours.versionCode());
    assertEquals(tools.versionName(), ours.versionName());
    assertEquals(tools.minSdk(), ours.minSdk());
    assertEquals(tools.targetSdk(), ours.targetSdk());
    assertEquals(tools.permissions(), ours.permissions());
    assertEquals(tools.signerSha256(), ours.signerSha256());
    assertEquals(1, ours.signerSha256().size());
    java.util.Set<String> missing = new java.util.TreeSet<>(tools.classes());
    missing.removeAll(ours.classes());
    java.util.Set<String> extra = new java.util.TreeSet<>(ours.classes());
    extra.removeAll(tools.classes());
    assertEquals(java.util.Set.of(), missing, "classes dexdump lists and we do not");
    assertEquals(java.util.Set.of(), extra, "classes we list and dexdump does not");
    assertEquals(tools.classes(), ours.classes());
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private static String runDexdump(Path apk) throws Exception {
    Process p =
        new ProcessBuilder("dexdump", apk.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
