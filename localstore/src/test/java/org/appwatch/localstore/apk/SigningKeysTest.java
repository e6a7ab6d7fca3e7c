package org.appwatch.localstore.apk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import org.appwatch.localstore.apk.ApkSpec.SignerIdentity;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

  @Test
  void certificateIsSelfSignedRsa2048ForTheCommonName() throws Exception {
    X509Certificate cert = SigningKeys.certificate(ApkSpecs.DEVELOPER_2);
    assertEquals("CN=北京某某科技有限公司", cert.getSubjectX500Principal().getName());
    assertEquals(cert.getSubjectX500Principal(), cert.getIssuerX500Principal());
    assertEquals(2048, ((RSAPublicKey) cert.getPublicKey()).getModulus().bitLength());
    assertEquals(Instant.parse("2010-01-01T00:00:00Z"), cert.getNotBefore().toInstant());
    cert.verify(cert.getPublicKey());
  }

  /**
   * Pins the derivation: published store indexes carry APK hashes, so a change in how keys are
   * derived (or in the libraries deriving them) must be a deliberate, visible decision.
   */
  @Test
  void derivationIsPinned() throws Exception {
    String pinned = "a18c764f2b90d5546538023cf9f358cb6ec0e0c335a146cb35ea0a2072c0257b";
    // Derived afresh (not from a cache), then through the caches.
    byte[] der = SigningKeys.generate(ApkSpecs.DEVELOPER_1).certificate().getEncoded();
    assertEquals(
        pinned,
        java.util.HexFormat.of()
            .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(der)));
    assertEquals(pinned, SigningKeys.certificateSha256(ApkSpecs.DEVELOPER_1));
  }

  @Test
  void keysCachedOnDiskAreTheKeysDerived(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    String before = System.getProperty("appwatch.key-cache");
    System.setProperty("appwatch.key-cache", dir.toString());
    try {
      SignerIdentity id = new SignerIdentity(77L, 3, "缓存测试");
      byte[] material = {1, 2, 3};
      assertEquals(null, SigningKeyFiles.load(material));
      SigningKeys.SigningKey derived = SigningKeys.generate(id);
      SigningKeyFiles.save(material, derived);
      SigningKeys.SigningKey loaded = SigningKeyFiles.load(material);
      org.junit.jupiter.api.Assertions.assertArrayEquals(
          derived.certificate().getEncoded(), loaded.certificate().getEncoded());
      org.junit.jupiter.api.Assertions.assertArrayEquals(
          derived.privateKey().getEncoded(), loaded.privateKey().getEncoded());
      // A damaged file is no entry.
      try (var files = java.nio.file.Files.list(dir)) {
        java.nio.file.Path f = files.findFirst().orElseThrow();
        byte[] b = java.nio.file.Files.readAllBytes(f);
        java.nio.file.Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
      }
      assertEquals(null, SigningKeyFiles.load(material));
    } finally {
      if (before == null) {
        System.clearProperty("appwatch.key-cache");
      } else {
        System.setProperty("appwatch.key-cache", before);
      }
    }
  }

  @Test
  void everyPartOfTheIdentityChangesTheKey() {
    SignerIdentity base = ApkSpecs.DEVELOPER_1;
    String digest = SigningKeys.certificateSha256(base);
    assertNotEquals(
        digest,
        SigningKeys.certificateSha256(
            new SignerIdentity(base.seed() + 1, base.developer(), base.commonName())));
    assertNotEquals(
        digest,
        SigningKeys.certificateSha256(
            new SignerIdentity(base.seed(), base.developer() + 1, base.commonName())));
  }
}
