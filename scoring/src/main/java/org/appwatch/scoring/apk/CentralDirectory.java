package org.appwatch.scoring.apk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the end-of-central-directory record and parses the central directory into entries, with
 * every offset and length checked against the file before use.
 */
record CentralDirectory(List<ZipEntryInfo> entries, long offset) {
  private static final int EOCD_SIG = 0x06054b50;
  private static final int CD_SIG = 0x02014b50;
  private static final int LOCAL_SIG = 0x04034b50;
  private static final int EOCD_SIZE = 22;
  private static final int CD_HEADER = 46;
  private static final int MAX_COMMENT = 0xffff;

  static CentralDirectory locate(ZipArchive.Source source, ApkLimits limits)
      throws ApkProblem, IOException {
    long size = source.size();
    if (size > limits.maxFileBytes()) {
      throw new ApkProblem(ApkErrorCode.FILE_TOO_LARGE, size + " bytes");
    }
    if (size < EOCD_SIZE) {
      throw notZip(source, "only " + size + " bytes");
    }
    int tailLength = (int) Math.min(size, EOCD_SIZE + MAX_COMMENT);
    ByteBuffer tail = source.read(size - tailLength, tailLength);
    int eocd = -1;
    for (int i = tailLength - EOCD_SIZE; i >= 0; i--) {
      if (tail.getInt(i) == EOCD_SIG) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      throw notZip(source, "no end of central directory");
    }
    int count = Short.toUnsignedInt(tail.getShort(eocd + 10));
    long cdSize = Integer.toUnsignedLong(tail.getInt(eocd + 12));
    long cdOffset = Integer.toUnsignedLong(tail.getInt(eocd + 16));
    long eocdPosition = size - tailLength + eocd;
    if (count > limits.maxEntries()) {
      throw new ApkProblem(ApkErrorCode.TOO_MANY_ENTRIES, count + " entries");
    }
    if (cdOffset + cdSize > eocdPosition) {
      throw new ApkProblem(
          ApkErrorCode.TRUNCATED,
          "central directory at " + cdOffset + "+" + cdSize + " overlaps the end record");
    }
    if (cdSize < (long) count * CD_HEADER) {
      throw new ApkProblem(ApkErrorCode.ZIP_MALFORMED, count + " entries in " + cdSize + " bytes");
    }
    return new CentralDirectory(
        parse(source.read(cdOffset, (int) cdSize), count, cdOffset), cdOffset);
  }

  private static List<ZipEntryInfo> parse(ByteBuffer cd, int count, long cdOffset)
      throws ApkProblem {
    List<ZipEntryInfo> entries = new ArrayList<>(count);
    int p = 0;
    for (int i = 0; i < count; i++) {
      if (p + CD_HEADER > cd.limit() || cd.getInt(p) != CD_SIG) {
        throw new ApkProblem(ApkErrorCode.ZIP_MALFORMED, "central directory record " + i);
      }
      int nameLength = Short.toUnsignedInt(cd.getShort(p + 28));
      int extraLength = Short.toUnsignedInt(cd.getShort(p + 30));
      int commentLength = Short.toUnsignedInt(cd.getShort(p + 32));
      if (p + CD_HEADER + nameLength > cd.limit()) {
        throw new ApkProblem(ApkErrorCode.ZIP_MALFORMED, "central directory record " + i);
      }
      byte[] name = new byte[nameLength];
      cd.get(p + CD_HEADER, name);
      long local = Integer.toUnsignedLong(cd.getInt(p + 42));
      if (local >= cdOffset) {
        throw new ApkProblem(
            ApkErrorCode.ZIP_MALFORMED, "entry " + i + " starts inside the central directory");
      }
      entries.add(
          new ZipEntryInfo(
              new String(name, StandardCharsets.UTF_8),
              Short.toUnsignedInt(cd.getShort(p + 10)),
              Integer.toUnsignedLong(cd.getInt(p + 16)),
              Integer.toUnsignedLong(cd.getInt(p + 20)),
              Integer.toUnsignedLong(cd.getInt(p + 24)),
              local));
      p += CD_HEADER + nameLength + extraLength + commentLength;
    }
    return entries;
  }

  /** A file with no end record: truncated when it starts like a zip, otherwise not a zip. */
  private static ApkProblem notZip(ZipArchive.Source source, String why) throws IOException {
    if (source.size() >= 4 && source.read(0, 4).getInt(0) == LOCAL_SIG) {
      return new ApkProblem(ApkErrorCode.TRUNCATED, "zip without its end: " + why);
    }
    return new ApkProblem(ApkErrorCode.NOT_A_ZIP, why);
  }
}
