package org.appwatch.localstore.apk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;

/**
 * Derived signing keys kept on disk across runs: deriving one RSA-2048 key costs ~0.3 s of CPU, and
 * a store of 10,000 apps has 2,500 developers. A file is named by the identity's key material and
 * by what the derivation depends on (this format, the BouncyCastle jar, the Java version), so a
 * change of any of them misses the cache and derives afresh: the bytes signed are always those the
 * derivation gives ({@link SigningKeys#DERIVATION_VERSION} covers the code). Directory: system
 * property {@code appwatch.key-cache}, else {@code $XDG_CACHE_HOME/appwatch/signing-keys}, else
 * {@code ~/.cache/appwatch/signing-keys}; a cache that cannot be read or written is skipped.
 */
final class SigningKeyFiles {

  private static final String DERIVATION = derivationTag();

  private SigningKeyFiles() {}

  /** The cached key for this material, or null. */
  static SigningKeys.SigningKey load(byte[] material) {
    Path f = file(material);
    if (f == null || !Files.isRegularFile(f)) {
      return null;
    }
    try (DataInputStream in =
        new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(f)))) {
      byte[] cert = new byte[in.readInt()];
      in.readFully(cert);
      byte[] key = new byte[in.readInt()];
      in.readFully(key);
      X509Certificate c =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(cert));
      RSAPrivateCrtKey k =
          (RSAPrivateCrtKey)
              KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(key));
      // A key and certificate that do not belong together are no cache entry.
      return ((RSAPublicKey) c.getPublicKey()).getModulus().equals(k.getModulus())
          ? new SigningKeys.SigningKey(k, c)
          : null;
    } catch (IOException | GeneralSecurityException | ClassCastException e) {
      return null;
    }
  }

  /** Stores a derived key (written aside, then moved: readers never see half a file). */
  static void save(byte[] material, SigningKeys.SigningKey key) {
    Path f = file(material);
    if (f == null) {
      return;
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (DataOutputStream out = new DataOutputStream(bytes)) {
        byte[] cert = key.certificate().getEncoded();
        byte[] pk = key.privateKey().getEncoded();
        out.writeInt(cert.length);
        out.write(cert);
        out.writeInt(pk.length);
        out.write(pk);
      }
      Files.createDirectories(f.getParent());
      Path tmp = Files.createTempFile(f.getParent(), "key-", ".tmp");
      Files.write(tmp, bytes.toByteArray());
      Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      // the cache is a shortcut only
    }
  }

  private static Path file(byte[] material) {
    Path dir = dir();
    return dir == null
        ? null
        : dir.resolve(HexFormat.of().formatHex(material) + "-" + DERIVATION + ".key");
  }

  private static Path dir() {
    String configured = System.getProperty("appwatch.key-cache");
    if (configured != null) {
      return configured.isBlank() ? null : Path.of(configured);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    String home = System.getProperty("user.home");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : home == null ? null : Path.of(home, ".cache");
    return base == null ? null : base.resolve("appwatch").resolve("signing-keys");
  }

  /** What the derivation depends on besides the identity, hashed to a short tag. */
  private static String derivationTag() {
    String bc;
    try {
      bc =
          String.valueOf(
              RSAKeyPairGenerator.class.getProtectionDomain().getCodeSource().getLocation());
      bc = bc.substring(bc.lastIndexOf('/', bc.length() - 2) + 1);
    } catch (RuntimeException e) {
      bc = "unknown";
    }
    String all =
        "format-1|v"
            + SigningKeys.DERIVATION_VERSION
            + "|"
            + bc
            + "|java-"
            + Runtime.version().feature();
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 6);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
