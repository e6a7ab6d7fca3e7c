package org.appwatch.localstore.http;

import com.android.apksig.ApkVerifier;
import com.android.apksig.util.DataSources;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.appwatch.localstore.apk.ApkSpec;
import org.appwatch.localstore.corpus.AppSpec;

/**
 * The store's APK files: bytes generated on request by the injected writer, and their digests and
 * signer certificates cached compactly (a 32-byte hash and a length per app, one certificate digest
 * per developer). Thread-safe.
 */
public final class ApkFiles {

  /**
   * Digests of one APK.
   *
   * @param signerSha256 SHA-256 of the signing certificate (hex), or null when the bytes carry no
   *     verifiable signature
   * @param signerMd5 MD5 of the certificate (hex), F-Droid v1's {@code sig}; null with the above
   */
  public record Facts(byte[] sha256, int size, String signerSha256, String signerMd5) {
    public String sha256Hex() {
      return HexFormat.of().formatHex(sha256);
    }
  }

  private record Signer(String sha256, String md5) {}

  private static final Signer UNSIGNED = new Signer(null, null);

  private final Function<ApkSpec, byte[]> writer;
  private final Map<Integer, Facts> facts = new ConcurrentHashMap<>();
  private final Map<Integer, Signer> signers = new ConcurrentHashMap<>();

  public ApkFiles(Function<ApkSpec, byte[]> writer) {
    this.writer = writer;
  }

  /** Generates the app's APK bytes (and caches their digests). */
  public byte[] bytes(AppSpec app) {
    byte[] b = writer.apply(app.apk());
    facts.computeIfAbsent(app.index(), i -> digest(app, b));
    return b;
  }

  /** The app's APK digests, generating the APK once if they are not cached yet. */
  public Facts facts(AppSpec app) {
    Facts f = facts.get(app.index());
    return f != null
        ? f
        : facts.computeIfAbsent(app.index(), i -> digest(app, writer.apply(app.apk())));
  }

  private Facts digest(AppSpec app, byte[] b) {
    Signer s = signers.computeIfAbsent(app.developer().number(), d -> signer(b));
    return new Facts(hash("SHA-256", b), b.length, s.sha256, s.md5);
  }

  private static Signer signer(byte[] apk) {
    try {
      ApkVerifier.Result r =
          new ApkVerifier.Builder(DataSources.asDataSource(ByteBuffer.wrap(apk))).build().verify();
      if (!r.isVerified() || r.getSignerCertificates().isEmpty()) {
        return UNSIGNED;
      }
      X509Certificate cert = r.getSignerCertificates().get(0);
      byte[] der = cert.getEncoded();
      HexFormat hex = HexFormat.of();
      return new Signer(hex.formatHex(hash("SHA-256", der)), hex.formatHex(hash("MD5", der)));
    } catch (Exception e) {
      // Not a verifiable APK (a test double, say): the index then carries no signer.
      return UNSIGNED;
    }
  }

  private static byte[] hash(String algorithm, byte[] b) {
    try {
      return MessageDigest.getInstance(algorithm).digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
