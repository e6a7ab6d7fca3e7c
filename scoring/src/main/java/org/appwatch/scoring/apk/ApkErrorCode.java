package org.appwatch.scoring.apk;

/**
 * Why an APK, or part of it, could not be analysed. Codes are stable: reports and datasets store
 * them by name. {@link #fatal()} codes stop the analysis of that APK; the others are recorded and
 * the analysis goes on with what could be read.
 */
public enum ApkErrorCode {
  /** Cannot read the file at all (missing, permission, I/O error). */
  IO_ERROR(true),
  /** The file is larger than the configured limit. */
  FILE_TOO_LARGE(true),
  /** No zip structure: no end-of-central-directory record and no local header at the start. */
  NOT_A_ZIP(true),
  /** A zip whose end, central directory or an entry lies beyond the end of the file. */
  TRUNCATED(true),
  /** Central directory or local header fields that contradict each other. */
  ZIP_MALFORMED(true),
  /** More entries than the configured limit. */
  TOO_MANY_ENTRIES(true),
  /** Two entries with the same name: which one Android reads is ambiguous. */
  DUPLICATE_ENTRY(true),
  /** An entry whose declared inflated size exceeds the compression-ratio limit. */
  ZIP_BOMB_RATIO(true),
  /** Declared or actual inflated bytes beyond the per-APK total. */
  ZIP_BOMB_TOTAL(true),
  /** An entry that inflates to more or fewer bytes than it declares, or fails its CRC. */
  ENTRY_CORRUPT(true),
  /** An entry compressed with a method other than STORED or DEFLATED. */
  UNSUPPORTED_COMPRESSION(true),
  /** An entry name that climbs out of the archive ({@code ../}, absolute, drive letter). */
  PATH_TRAVERSAL(false),
  /**
   * Bytes before the first zip entry; with a DEX magic this is the Janus attack (CVE-2017-13156).
   */
  DEX_PREPENDED(false),
  /** Bytes before the first zip entry that are not a DEX file. */
  DATA_PREPENDED(false),
  /** No {@code AndroidManifest.xml} entry. */
  NO_MANIFEST(true),
  /** The manifest is not well-formed binary XML. */
  MANIFEST_MALFORMED(true),
  /** A binary-XML or resource string pool larger than the configured limit. */
  STRING_POOL_TOO_LARGE(true),
  /** No {@code classes*.dex} entry. */
  NO_DEX(false),
  /** A DEX file that dexlib2 cannot read. */
  DEX_MALFORMED(false),
  /** {@code resources.arsc} could not be read; consent strings are then unknown. */
  RESOURCES_MALFORMED(false),
  /** No APK signature of any scheme. */
  UNSIGNED(false),
  /** A signature is present but does not verify. */
  SIGNATURE_INVALID(false),
  /** An unexpected exception: a defect of the analyser or a hostile input nobody foresaw. */
  ANALYSER_FAILURE(true),
  /** A nested APK could not be read; its classes are missing from the report. */
  NESTED_APK_UNREADABLE(false);

  private final boolean fatal;

  ApkErrorCode(boolean fatal) {
    this.fatal = fatal;
  }

  /** Whether this error stops the analysis of the APK. */
  public boolean fatal() {
    return fatal;
  }
}
