package org.appwatch.scoring.apk;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.appwatch.scoring.apk.catalogue.SdkMatch;

/**
 * Everything the analyser learnt from one APK file; serialised by {@link ApkReportJson}. Parts that
 * could not be read are null (manifest, signing, consent) or empty (lists), and {@link #errors}
 * says why. A report with a fatal error carries only what was read before it.
 *
 * @param file the path as given
 * @param sha256 lowercase hex SHA-256 of the file, or null when it could not be read
 * @param size bytes, or -1
 * @param dexFiles the {@code classes*.dex} entries read, in Android's load order
 * @param classes dotted names of every class in every top-level DEX file, sorted
 * @param nativeLibraries file names of {@code lib/<abi>/*.so} entries, sorted, without duplicates
 * @param nestedApks APKs inside the APK (assets, res/raw), with their classes
 * @param permissions the requested permissions with protection level, group and personal data
 * @param sensitiveApis sensitive platform APIs referenced, with their callers (nested APKs too)
 * @param sdks third-party SDKs found, with the signals that matched
 */
public record ApkReport(
    String file,
    String sha256,
    long size,
    ManifestInfo manifest,
    List<PermissionFacts> permissions,
    SigningInfo signing,
    List<String> dexFiles,
    List<String> classes,
    List<NestedApk> nestedApks,
    List<String> nativeLibraries,
    List<SensitiveApi> sensitiveApis,
    ConsentEvidence consent,
    List<SdkMatch> sdks,
    List<ApkError> errors) {

  /** True when no fatal error stopped the analysis. */
  @JsonProperty("complete")
  public boolean complete() {
    return errors.stream().noneMatch(e -> e.code().fatal());
  }

  /** An APK inside the APK, with the classes of its DEX files, sorted. */
  public record NestedApk(String entry, List<String> classes) {}
}
