package org.appwatch.scoring.apk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A zip archive read defensively from its central directory. Opening checks the structure (end
 * record, truncation, duplicates, entry count, declared sizes against the ratio and total limits,
 * data before the first entry); reading an entry inflates at most its declared size and counts
 * every inflated byte against the total. Nothing is ever extracted to disk.
 *
 * <p>Not thread-safe. Memory: the central directory plus the entries read.
 */
final class ZipArchive {
  private static final int LOCAL_SIG = 0x04034b50;

  /** Random access to the archive's bytes: a file channel or a nested entry in memory. */
  interface Source {
    long size();

    /** Reads exactly {@code length} bytes at {@code position}, little-endian. */
    ByteBuffer read(long position, int length) throws IOException;
  }

  private final Source source;
  private final ApkLimits limits;
  private final Map<String, ZipEntryInfo> entries;
  private final long centralDirectoryOffset;
  private long inflated;

  private ZipArchive(
      Source source, ApkLimits limits, Map<String, ZipEntryInfo> entries, long cdOffset) {
    this.source = source;
    this.limits = limits;
    this.entries = entries;
    this.centralDirectoryOffset = cdOffset;
  }

  /** Where the central directory starts; the APK Signing Block ends there. */
  long centralDirectoryOffset() {
    return centralDirectoryOffset;
  }

  Source source() {
    return source;
  }

  /**
   * Reads and checks the central directory.
   *
   * @param warnings receives the non-fatal problems (path traversal, prepended data)
   * @throws ApkProblem with a fatal code when the archive cannot be trusted or read
   */
  static ZipArchive open(Source source, ApkLimits limits, List<ApkError> warnings)
      throws ApkProblem, IOException {
    CentralDirectory cd = CentralDirectory.locate(source, limits);
    Map<String, ZipEntryInfo> entries = new HashMap<>();
    long declaredTotal = 0;
    long firstLocal = Long.MAX_VALUE;
    for (ZipEntryInfo entry : cd.entries()) {
      if (entries.putIfAbsent(entry.name(), entry) != null) {
        throw new ApkProblem(ApkErrorCode.DUPLICATE_ENTRY, "duplicate entry " + entry.name());
      }
      checkSizes(entry, limits);
      declaredTotal += entry.size();
      if (declaredTotal > limits.maxTotalInflatedBytes()) {
        throw new ApkProblem(
            ApkErrorCode.ZIP_BOMB_TOTAL,
            "entries declare more than " + limits.maxTotalInflatedBytes() + " inflated bytes");
      }
      if (EntryNames.climbsOut(entry.name())) {
        warnings.add(
            new ApkError(
                ApkErrorCode.PATH_TRAVERSAL, "entry name leaves the archive: " + entry.name()));
      }
      firstLocal = Math.min(firstLocal, entry.localHeaderOffset());
    }
    if (firstLocal != Long.MAX_VALUE && firstLocal > 0) {
      warnings.add(prepended(source, firstLocal));
    }
    return new ZipArchive(source, limits, entries, cd.offset());
  }

  private static void checkSizes(ZipEntryInfo entry, ApkLimits limits) throws ApkProblem {
    if (entry.method() != ZipEntryInfo.STORED && entry.method() != ZipEntryInfo.DEFLATED) {
      throw new ApkProblem(
          ApkErrorCode.UNSUPPORTED_COMPRESSION,
          entry.name() + " uses compression method " + entry.method());
    }
    if (entry.size() > limits.ratioFloorBytes()
        && entry.size() > (long) limits.maxRatio() * Math.max(1, entry.compressedSize())) {
      throw new ApkProblem(
          ApkErrorCode.ZIP_BOMB_RATIO,
          entry.name() + " declares " + entry.size() + " bytes from " + entry.compressedSize());
    }
  }

  private static ApkError prepended(Source source, long firstLocal) throws IOException {
    ByteBuffer head = source.read(0, 4);
    boolean dex =
        head.get(0) == 'd' && head.get(1) == 'e' && head.get(2) == 'x' && head.get(3) == '\n';
    return dex
        ? new ApkError(
            ApkErrorCode.DEX_PREPENDED,
            firstLocal + " bytes of DEX before the first zip entry (Janus, CVE-2017-13156)")
        : new ApkError(
            ApkErrorCode.DATA_PREPENDED, firstLocal + " bytes before the first zip entry");
  }

  /** Entry names, in no particular order. */
  Set<String> names() {
    return Collections.unmodifiableSet(entries.keySet());
  }

  ZipEntryInfo entry(String name) {
    return entries.get(name);
  }

  /**
   * Inflates one entry, checking its declared size, the per-entry and total limits and the CRC.
   *
   * @throws ApkProblem {@code ZIP_BOMB_TOTAL}, {@code ENTRY_CORRUPT}, {@code TRUNCATED}
   */
  byte[] read(ZipEntryInfo entry) throws ApkProblem, IOException {
    if (entry.size() > limits.maxEntryBytes()) {
      throw new ApkProblem(
          ApkErrorCode.ZIP_BOMB_TOTAL, entry.name() + " is larger than " + limits.maxEntryBytes());
    }
    inflated += entry.size();
    if (inflated > limits.maxTotalInflatedBytes()) {
      throw new ApkProblem(ApkErrorCode.ZIP_BOMB_TOTAL, "inflated bytes exceed the total limit");
    }
    long dataStart = dataOffset(entry);
    if (dataStart + entry.compressedSize() > source.size()) {
      throw new ApkProblem(ApkErrorCode.TRUNCATED, entry.name() + " runs past the end of the file");
    }
    ByteBuffer raw = source.read(dataStart, (int) entry.compressedSize());
    byte[] data = entry.method() == ZipEntryInfo.STORED ? stored(entry, raw) : inflate(entry, raw);
    CRC32 crc = new CRC32();
    crc.update(data);
    if (crc.getValue() != entry.crc()) {
      throw new ApkProblem(ApkErrorCode.ENTRY_CORRUPT, entry.name() + " fails its CRC");
    }
    return data;
  }

  private long dataOffset(ZipEntryInfo entry) throws ApkProblem, IOException {
    if (entry.localHeaderOffset() + 30 > source.size()) {
      throw new ApkProblem(ApkErrorCode.TRUNCATED, entry.name() + ": local header beyond the end");
    }
    ByteBuffer local = source.read(entry.localHeaderOffset(), 30);
    if (local.getInt(0) != LOCAL_SIG) {
      throw new ApkProblem(ApkErrorCode.ZIP_MALFORMED, entry.name() + ": no local header");
    }
    return entry.localHeaderOffset()
        + 30
        + Short.toUnsignedInt(local.getShort(26))
        + Short.toUnsignedInt(local.getShort(28));
  }

  private static byte[] stored(ZipEntryInfo entry, ByteBuffer raw) throws ApkProblem {
    if (entry.compressedSize() != entry.size()) {
      throw new ApkProblem(ApkErrorCode.ENTRY_CORRUPT, entry.name() + ": stored sizes differ");
    }
    byte[] data = new byte[raw.remaining()];
    raw.get(data);
    return data;
  }

  private static byte[] inflate(ZipEntryInfo entry, ByteBuffer raw) throws ApkProblem {
    byte[] out = new byte[(int) entry.size()];
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(raw);
      int n = 0;
      while (n < out.length && !inflater.finished()) {
        int got = inflater.inflate(out, n, out.length - n);
        if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        n += got;
      }
      // One more byte than declared means the header lies about the size: a bomb's trick.
      if (n != out.length || (!inflater.finished() && inflater.inflate(new byte[1]) > 0)) {
        throw new ApkProblem(
            ApkErrorCode.ENTRY_CORRUPT,
            entry.name() + " does not inflate to its declared " + entry.size() + " bytes");
      }
      return out;
    } catch (DataFormatException e) {
      throw new ApkProblem(ApkErrorCode.ENTRY_CORRUPT, entry.name() + ": " + e.getMessage());
    } finally {
      inflater.end();
    }
  }
}
