package org.appwatch.scoring.apk;

/** One central-directory record of a zip archive, as declared (not yet checked against data). */
record ZipEntryInfo(
    String name, int method, long crc, long compressedSize, long size, long localHeaderOffset) {
  static final int STORED = 0;
  static final int DEFLATED = 8;
}
