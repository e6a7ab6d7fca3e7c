package org.appwatch.localstore.apk;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.appwatch.localstore.apk.ApkSpec.SignerIdentity;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The RSA-2048 key and self-signed certificate (subject {@code CN=<commonName>}) of a {@link
 * SignerIdentity}. Both derive only from the identity, so every run, and every app of one
 * developer, gets the same certificate for a given JDK and BouncyCastle version.
 *
 * <p>Key generation costs ~0.3 s of CPU; results are kept in a bounded, thread-safe cache, and on
 * disk across runs ({@link SigningKeyFiles}).
 */
public final class SigningKeys {
  /** A signer's private key with its certificate. */
  record SigningKey(PrivateKey privateKey, X509Certificate certificate) {}

  /** Part of the on-disk cache's file names ({@link SigningKeyFiles}). */
  static final int DERIVATION_VERSION = 1;

  // A store of 10,000 apps has 2,500 developers; an entry is about 3 KB.
  private static final int CACHE_SIZE = 4096;
  private static final Date NOT_BEFORE = Date.from(Instant.parse("2010-01-01T00:00:00Z"));
  private static final Date NOT_AFTER = Date.from(Instant.parse("2060-01-01T00:00:00Z"));

  private static final Map<SignerIdentity, SigningKey> CACHE =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SignerIdentity, SigningKey> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  private SigningKeys() {}

  /** The self-signed certificate APKs signed by {@code identity} carry. */
  public static X509Certificate certificate(SignerIdentity identity) {
    return key(identity).certificate();
  }

  /** Lower-case hex SHA-256 of the certificate's DER encoding, as apksigner prints it. */
  public static String certificateSha256(SignerIdentity identity) {
    try {
      byte[] der = certificate(identity).getEncoded();
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static SigningKey key(SignerIdentity identity) {
    synchronized (CACHE) {
      SigningKey cached = CACHE.get(identity);
      if (cached != null) {
        return cached;
      }
    }
    // Generated outside the lock so one slow key does not block other signers; a race only
    // computes the same deterministic key twice.
    SigningKey created;
    try {
      byte[] material = material(identity);
      created = SigningKeyFiles.load(material);
      if (created == null) {
        created = generate(identity);
        SigningKeyFiles.save(material, created);
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot create signing key for " + identity, e);
    }
    SigningKey key = created;
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(identity, i -> key);
    }
  }

  /**
   * Derives the key afresh, bypassing both caches. A change here that changes the certificate or
   * key must bump {@link #DERIVATION_VERSION}, so that keys cached on disk are not reused.
   */
  static SigningKey generate(SignerIdentity identity) {
    try {
      byte[] material = material(identity);
      // SHA1PRNG seeded before its first use is a deterministic generator.
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(material);
      RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
      generator.init(new RSAKeyGenerationParameters(BigInteger.valueOf(65537), random, 2048, 100));
      AsymmetricCipherKeyPair pair = generator.generateKeyPair();
      RSAPrivateCrtKeyParameters priv = (RSAPrivateCrtKeyParameters) pair.getPrivate();
      RSAKeyParameters pub = (RSAKeyParameters) pair.getPublic();
      KeyFactory factory = KeyFactory.getInstance("RSA");
      PrivateKey privateKey =
          factory.generatePrivate(
              new RSAPrivateCrtKeySpec(
                  priv.getModulus(),
                  priv.getPublicExponent(),
                  priv.getExponent(),
                  priv.getP(),
                  priv.getQ(),
                  priv.getDP(),
                  priv.getDQ(),
                  priv.getQInv()));
      PublicKey publicKey =
          factory.generatePublic(new RSAPublicKeySpec(pub.getModulus(), pub.getExponent()));
      X500Name subject =
          new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, identity.commonName()).build();
      BigInteger serial = new BigInteger(1, Arrays.copyOf(material, 8));
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject, serial, NOT_BEFORE, NOT_AFTER, subject, publicKey);
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(privateKey)));
      return new SigningKey(privateKey, certificate);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot create signing key for " + identity, e);
    }
  }

  private static byte[] material(SignerIdentity identity) throws GeneralSecurityException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    digest.update("appwatch.localstore.signer.v1".getBytes(StandardCharsets.UTF_8));
    digest.update(
        ByteBuffer.allocate(12).putLong(identity.seed()).putInt(identity.developer()).array());
    digest.update(identity.commonName().getBytes(StandardCharsets.UTF_8));
    return digest.digest();
  }
}
