package org.appwatch.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.appwatch.scoring.policy.PolicyAnalysis;
import org.appwatch.scoring.policy.PolicyAnalyzer;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Analyses a crawled policy from the best copy the work directory keeps: the page as served, read
 * back from its WARC response record (the analyser then sees the markup, tables and charset as a
 * browser would), else the crawler's extracted text ({@code policies/<ab>/<sha256>.txt}).
 */
final class PolicyPages {
  /** The analyser refuses larger inputs anyway; this only bounds what is read. */
  private static final int MAX_BYTES = 8 << 20;

  private PolicyPages() {}

  /**
   * @param warcFile the WARC file name under {@code warc/<crawl_id>/}, or null
   * @param warcOffset the response record's offset, or null
   * @param textFile the extracted text relative to the work directory, or null
   * @throws IOException when neither copy can be read
   */
  static PolicyAnalysis analyse(
      Path workDir, String crawlId, String url, String warcFile, Long warcOffset, String textFile)
      throws IOException {
    if (warcFile != null && warcOffset != null) {
      Path warc = workDir.resolve("warc").resolve(crawlId).resolve(warcFile);
      if (Files.isRegularFile(warc)) {
        return PolicyAnalyzer.analyzeBytes(payload(warc, warcOffset), url);
      }
    }
    if (textFile != null) {
      return PolicyAnalyzer.analyzeText(Files.readString(workDir.resolve(textFile)), url);
    }
    throw new IOException("neither the WARC record nor the text of " + url + " is kept");
  }

  /** The HTTP payload of the response record at {@code offset}, content-decoded. */
  static byte[] payload(Path warc, long offset) throws IOException {
    try (WarcReader reader = new WarcReader(FileChannel.open(warc))) {
      reader.position(offset);
      WarcRecord record =
          reader.next().orElseThrow(() -> new IOException("no WARC record at " + offset));
      if (!(record instanceof WarcResponse response)) {
        throw new IOException("the WARC record at " + offset + " is not a response");
      }
      String encoding =
          response.http().headers().first("Content-Encoding").orElse("").toLowerCase(Locale.ROOT);
      InputStream body = response.http().body().stream();
      try (InputStream in = encoding.contains("gzip") ? new GZIPInputStream(body) : body) {
        return in.readNBytes(MAX_BYTES);
      }
    }
  }
}
