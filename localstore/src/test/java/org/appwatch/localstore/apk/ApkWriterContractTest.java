package org.appwatch.localstore.apk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@link ApkWriter} promises beyond the tools' view: stable bytes and clear rejections. */
class ApkWriterContractTest {
  private final ApkWriter writer = new ApkWriter();

  /**
   * The F-Droid index publishes each APK's SHA-256 and the store regenerates APKs on request, so
   * the bytes for a spec must not drift between runs, machines or time zones. Upgrading apksig,
   * dexlib2 or BouncyCastle may legitimately change this value; update it knowingly.
   */
  @Test
  void bytesArePinned() throws Exception {
    byte[] apk = writer.write(ApkSpecs.legacy());
    assertEquals(
        "063681b61bba73db0b999b91270b6835d6181eb9658162c9110e5bee0d4b0f9a",
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(apk)));
  }

  @Test
  void stringsMustNotRedefineAppName() {
    ApkSpec legacy = ApkSpecs.legacy();
    ApkSpec spec = withStringsAndClasses(legacy, Map.of("app_name", "x"), legacy.classNames());
    assertThrows(IllegalArgumentException.class, () -> writer.write(spec));
  }

  @Test
  void classNamesMustBeDottedNames() {
    ApkSpec legacy = ApkSpecs.legacy();
    ApkSpec spec = withStringsAndClasses(legacy, Map.of(), List.of("Lcom/x/Y;"));
    assertThrows(IllegalArgumentException.class, () -> writer.write(spec));
  }

  private static ApkSpec withStringsAndClasses(
      ApkSpec s, Map<String, String> strings, List<String> classes) {
    return new ApkSpec(
        s.packageName(),
        s.versionCode(),
        s.versionName(),
        s.minSdk(),
        s.targetSdk(),
        s.appLabel(),
        s.permissions(),
        s.components(),
        s.metaData(),
        classes,
        strings,
        s.signer());
  }
}
