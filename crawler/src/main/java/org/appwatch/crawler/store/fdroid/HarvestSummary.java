package org.appwatch.crawler.store.fdroid;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Counts of a finished harvest by status, and where its records are. */
public record HarvestSummary(
    Path records, int packages, long bytes, Map<String, Integer> byStatus) {

  /** Accumulates records; not thread-safe. */
  static final class Builder {
    private final Path records;
    private int packages;
    private long bytes;
    private final Map<String, Integer> byStatus = new TreeMap<>();

    Builder(Path records) {
      this.records = records;
    }

    void add(HarvestedApk record) {
      packages++;
      if ("stored".equals(record.status())) {
        bytes += record.size();
      }
      byStatus.merge(record.status(), 1, Integer::sum);
    }

    HarvestSummary build() {
      return new HarvestSummary(records, packages, bytes, Map.copyOf(byStatus));
    }
  }
}
