package org.appwatch.publish.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where WARC records are kept, from {@code crawl-records/v1}: record id → WARC file and offset.
 * Empty when the crawl has no crawl-records partition (the findings then still name the record).
 */
public final class WarcIndex {

  /** A record's place: the WARC file relative to the work directory and its byte offset. */
  public record Location(String warcFile, Long offset) {}

  private final Map<String, Location> byRecord;

  private WarcIndex(Map<String, Location> byRecord) {
    this.byRecord = byRecord;
  }

  /** An index that knows no record. */
  public static WarcIndex empty() {
    return new WarcIndex(Map.of());
  }

  /** Reads the crawl's partition of {@code datasets/crawl-records/}, if there is one. */
  public static WarcIndex load(Path workDir, String crawlId) throws IOException {
    ParquetDataset records = new ParquetDataset(workDir.resolve("datasets/crawl-records"));
    Map<String, Location> m = new HashMap<>();
    if (records.crawlIds().contains(crawlId)) {
      records.read(
          crawlId,
          (store, g) -> {
            String id = GroupFields.string(g, "warc_record_id");
            String file = GroupFields.string(g, "warc_file");
            if (id != null && file != null) {
              m.put(id, new Location(file, GroupFields.int64(g, "warc_offset")));
            }
          });
    }
    return new WarcIndex(m);
  }

  /** Where the record is kept, when known. */
  public Optional<Location> find(String warcRecordId) {
    return Optional.ofNullable(warcRecordId == null ? null : byRecord.get(warcRecordId));
  }
}
