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
  void derivationIsPinned() {
    assertEquals(
        "a18c764f2b90d5546538023cf9f358cb6ec0e0c335a146cb35ea0a2072c0257b",
        SigningKeys.certificateSha256(ApkSpecs.DEVELOPER_1));
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
