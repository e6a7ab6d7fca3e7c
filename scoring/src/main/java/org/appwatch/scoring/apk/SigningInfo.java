package org.appwatch.scoring.apk;

import java.util.List;

/**
 * The APK's signatures, as apksig's {@code ApkVerifier} (the library behind {@code apksigner}) sees
 * them.
 *
 * @param v1 a JAR signature ({@code META-INF/*.SF}) is present
 * @param v2 an APK Signature Scheme v2 block is present
 * @param v3 an APK Signature Scheme v3 (or v3.1) block is present
 * @param verified apksig verified the APK for the manifest's minSdk..maxSdk range
 * @param verifiedSchemes the schemes that verified ({@code v1}, {@code v2}, {@code v3}, {@code
 *     v3.1})
 * @param signers the signer certificates of the newest verified scheme, or of the first scheme that
 *     parsed when none verified
 * @param problems apksig's errors, when not verified
 */
public record SigningInfo(
    boolean v1,
    boolean v2,
    boolean v3,
    boolean verified,
    List<String> verifiedSchemes,
    List<Certificate> signers,
    List<String> problems) {

  /**
   * One signer certificate.
   *
   * @param sha256 lowercase hex SHA-256 of the DER certificate (what {@code apksigner
   *     --print-certs} prints)
   * @param subject RFC 2253 distinguished name
   * @param notBefore ISO-8601 instant
   * @param notAfter ISO-8601 instant
   */
  public record Certificate(
      String sha256, String subject, String issuer, String notBefore, String notAfter) {}
}
