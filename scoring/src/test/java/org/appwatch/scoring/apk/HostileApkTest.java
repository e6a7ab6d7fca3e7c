package org.appwatch.scoring.apk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.appwatch.scoring.apk.catalogue.SdkDetector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of hostile file ends in its own error code, quickly, without an exception. */
class HostileApkTest {
  private static byte[] good;
  private static Map<String, byte[]> goodEntries;
  @TempDir Path dir;

  @BeforeAll
  static void fixture() {
    good = TestApks.WRITER.write(TestApks.legacy(0));
    goodEntries = TestApks.entries(good);
  }

  @Test
  void notAZip() throws Exception {
    assertFatal(
        "readme.txt",
        "just some text, not an APK at all".getBytes(StandardCharsets.UTF_8),
        ApkErrorCode.NOT_A_ZIP);
    assertFatal("empty.apk", new byte[0], ApkErrorCode.NOT_A_ZIP);
  }

  @Test
  void truncatedArchive() throws Exception {
    assertFatal("cut.apk", Arrays.copyOf(good, good.length / 2), ApkErrorCode.TRUNCATED);
  }

  @Test
  void zipBombByRatio() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>(goodEntries);
    entries.put("assets/zeros.bin", new byte[64 << 20]);
    assertFatal("bomb.apk", TestApks.zip(entries, true), ApkErrorCode.ZIP_BOMB_RATIO);
  }

  @Test
  void zipBombByTotal() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>(goodEntries);
    byte[] noise = new byte[3 << 20];
    new Random(1).nextBytes(noise);
    entries.put("assets/noise.bin", noise);
    ApkLimits small =
        new ApkLimits(Integer.MAX_VALUE, 1000, 200, 1 << 20, 2 << 20, 1 << 20, 10_000, 1);
    ApkAnalyzer analyzer = new ApkAnalyzer(small, SdkDetector.pinned(), PermissionTable.pinned());
    ApkReport report = analyzer.report(write("total.apk", TestApks.zip(entries, true)));
    assertEquals(ApkErrorCode.ZIP_BOMB_TOTAL, report.errors().get(0).code());
  }

  @Test
  void entryInflatingBeyondItsDeclaredSize() throws Exception {
    byte[] zip =
        ZipSurgery.declareSize(TestApks.zip(goodEntries, true), "AndroidManifest.xml", 100);
    assertFatal("liar.apk", zip, ApkErrorCode.ENTRY_CORRUPT);
  }

  @Test
  void pathTraversalIsRecordedAndTheRestIsRead() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>(goodEntries);
    entries.put("../../../../data/local/tmp/evil.so", new byte[] {1, 2, 3});
    ApkReport report = ApkAnalyzer.analyze(write("zipslip.apk", TestApks.zip(entries, false)));
    assertTrue(report.complete());
    assertTrue(has(report, ApkErrorCode.PATH_TRAVERSAL));
    assertEquals("com.example.flashlight0", report.manifest().packageName());
  }

  @Test
  void duplicateEntries() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>(goodEntries);
    entries.put("AndroidManifesT.xml", "<manifest/>".getBytes(StandardCharsets.UTF_8));
    byte[] zip =
        ZipSurgery.rename(
            TestApks.zip(entries, false), "AndroidManifesT.xml", "AndroidManifest.xml");
    assertFatal("dup.apk", zip, ApkErrorCode.DUPLICATE_ENTRY);
  }

  @Test
  void dexPrependedJanus() throws Exception {
    byte[] janus = ZipSurgery.prepend(goodEntries.get("classes.dex"), good);
    ApkReport report = ApkAnalyzer.analyze(write("janus.apk", janus));
    assertTrue(has(report, ApkErrorCode.DEX_PREPENDED), report.errors()::toString);
    assertTrue(has(report, ApkErrorCode.SIGNATURE_INVALID), report.errors()::toString);
    assertEquals("com.example.flashlight0", report.manifest().packageName());
  }

  @Test
  void malformedBinaryXml() throws Exception {
    byte[] xml = goodEntries.get("AndroidManifest.xml").clone();
    ByteBuffer.wrap(xml).order(ByteOrder.LITTLE_ENDIAN).putInt(8 + 4, 0x7fffff00); // pool size
    assertFatal("badxml.apk", withManifest(xml), ApkErrorCode.MANIFEST_MALFORMED);
    byte[] noise = new byte[4096];
    new Random(2).nextBytes(noise);
    noise[0] = 3;
    noise[1] = 0;
    assertFatal("noisexml.apk", withManifest(noise), ApkErrorCode.MANIFEST_MALFORMED);
  }

  @Test
  void hugeStringPool() throws Exception {
    ByteBuffer xml = ByteBuffer.allocate(8 + 28 + 64).order(ByteOrder.LITTLE_ENDIAN);
    xml.putShort((short) 3).putShort((short) 8).putInt(xml.capacity());
    xml.putShort((short) 1).putShort((short) 28).putInt(28 + 64).putInt(100_000_000).putInt(0);
    xml.putInt(0).putInt(28).putInt(0);
    assertFatal("pool.apk", withManifest(xml.array()), ApkErrorCode.STRING_POOL_TOO_LARGE);
  }

  @Test
  void noManifest() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>(goodEntries);
    entries.remove("AndroidManifest.xml");
    assertFatal("nomanifest.apk", TestApks.zip(entries, true), ApkErrorCode.NO_MANIFEST);
  }

  @Test
  void noDexAndBrokenDex() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>(goodEntries);
    entries.remove("classes.dex");
    ApkReport noDex = ApkAnalyzer.analyze(write("nodex.apk", TestApks.zip(entries, true)));
    assertTrue(has(noDex, ApkErrorCode.NO_DEX));
    assertNotNull(noDex.manifest());
    entries.put("classes.dex", "dex\n035\0 but nothing after".getBytes(StandardCharsets.UTF_8));
    ApkReport broken = ApkAnalyzer.analyze(write("baddex.apk", TestApks.zip(entries, true)));
    assertTrue(has(broken, ApkErrorCode.DEX_MALFORMED), broken.errors()::toString);
    assertTrue(broken.complete());
  }

  @Test
  void missingFile() {
    ApkReport report = ApkAnalyzer.analyze(dir.resolve("absent.apk"));
    assertEquals(ApkErrorCode.IO_ERROR, report.errors().get(0).code());
  }

  private byte[] withManifest(byte[] manifest) {
    Map<String, byte[]> entries = new LinkedHashMap<>(goodEntries);
    entries.put("AndroidManifest.xml", manifest);
    return TestApks.zip(entries, true);
  }

  private void assertFatal(String name, byte[] bytes, ApkErrorCode code) throws Exception {
    Path file = write(name, bytes);
    ApkReport report =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ApkAnalyzer.analyze(file));
    assertFalse(report.complete(), name);
    assertEquals(
        code, report.errors().get(report.errors().size() - 1).code(), report.errors()::toString);
    assertNotNull(ApkReportJson.write(report, true));
  }

  private static boolean has(ApkReport report, ApkErrorCode code) {
    return report.errors().stream().anyMatch(e -> e.code() == code);
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }
}
