package org.appwatch.scoring.apk;

import com.android.apksig.ApkVerifier;
import com.android.apksig.util.DataSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Verifies an APK's signatures with apksig and reduces the result to a {@link SigningInfo}. */
final class SignatureVerifier {
  private SignatureVerifier() {}

  /**
   * @param apk the whole APK
   * @param v1Present a {@code META-INF/*.SF} entry exists
   * @param blockIds ids in the APK Signing Block ({@link SigningBlock#ids})
   */
  static SigningInfo verify(DataSource apk, boolean v1Present, int[] blockIds) {
    boolean v2 = Arrays.stream(blockIds).anyMatch(id -> id == SigningBlock.V2_ID);
    boolean v3 =
        Arrays.stream(blockIds)
            .anyMatch(id -> id == SigningBlock.V3_ID || id == SigningBlock.V31_ID);
    if (!v1Present && !v2 && !v3) {
      return new SigningInfo(false, false, false, false, List.of(), List.of(), List.of("unsigned"));
    }
    ApkVerifier.Result result;
    try {
      result = new ApkVerifier.Builder(apk).build().verify();
    } catch (Exception e) {
      // apksig throws ApkFormatException, IOException or runtime exceptions on odd files.
      return new SigningInfo(v1Present, v2, v3, false, List.of(), List.of(), List.of(e.toString()));
    }
    List<String> schemes = new ArrayList<>();
    if (result.isVerifiedUsingV1Scheme()) schemes.add("v1");
    if (result.isVerifiedUsingV2Scheme()) schemes.add("v2");
    if (result.isVerifiedUsingV3Scheme()) schemes.add("v3");
    if (result.isVerifiedUsingV31Scheme()) schemes.add("v3.1");
    List<X509Certificate> certificates =
        result.isVerified() ? result.getSignerCertificates() : unverifiedSigners(result);
    List<String> problems =
        result.isVerified()
            ? List.of()
            : result.getAllErrors().stream().map(Object::toString).toList();
    return new SigningInfo(
        v1Present,
        v2,
        v3,
        result.isVerified(),
        List.copyOf(schemes),
        certificates.stream().map(SignatureVerifier::certificate).toList(),
        problems);
  }

  private static List<X509Certificate> unverifiedSigners(ApkVerifier.Result result) {
    return Stream.of(
            result.getV3SchemeSigners().stream().map(s -> s.getCertificate()),
            result.getV2SchemeSigners().stream().map(s -> s.getCertificate()),
            result.getV1SchemeSigners().stream().map(s -> s.getCertificate()))
        .flatMap(s -> s)
        .filter(c -> c != null)
        .findFirst()
        .map(List::of)
        .orElse(List.of());
  }

  static SigningInfo.Certificate certificate(X509Certificate c) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(c.getEncoded());
      return new SigningInfo.Certificate(
          HexFormat.of().formatHex(digest),
          c.getSubjectX500Principal().getName(),
          c.getIssuerX500Principal().getName(),
          c.getNotBefore().toInstant().toString(),
          c.getNotAfter().toInstant().toString());
    } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot digest a parsed certificate", e);
    }
  }
}
