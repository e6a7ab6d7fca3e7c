package org.appwatch.crawler.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a payload back from the archive: what a re-crawl parses when the server answers 304 Not
 * Modified, so the evidence is the single source of the bytes.
 */
public final class WarcBodies {

  private final Path dir;

  public WarcBodies(Path dir) {
    this.dir = dir;
  }

  /**
   * The HTTP payload of a response record, as received (content-encoded if it was).
   *
   * @param maxBytes the most to read
   * @throws IOException when the record is missing or not a response
   */
  public byte[] payload(WarcRef ref, int maxBytes) throws IOException {
    try (WarcReader reader = new WarcReader(FileChannel.open(dir.resolve(ref.file())))) {
      reader.position(ref.offset());
      WarcRecord record =
          reader.next().orElseThrow(() -> new IOException("no WARC record at " + ref));
      if (!(record instanceof WarcResponse response)) {
        throw new IOException(
            "WARC record at " + ref + " is a " + record.type() + ", not a response");
      }
      try (InputStream in = response.http().body().stream()) {
        return in.readNBytes(maxBytes);
      }
    }
  }
}
