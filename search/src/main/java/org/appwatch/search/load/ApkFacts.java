package org.appwatch.search.load;

import static org.appwatch.publish.data.GroupFields.requiredString;
import static org.appwatch.publish.data.GroupFields.string;
import static org.appwatch.publish.data.GroupFields.strings;
import static org.appwatch.publish.data.GroupFields.structs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.appwatch.model.AppKey;
import org.appwatch.publish.data.ParquetDataset;

/**
 * What the APK analysis found per app of one crawl, from {@code datasets/apk-features/} ({@code
 * apk-features/v1}): the SDKs (by catalogue name) and the requested permissions.
 */
final class ApkFacts {

  /** One app's APK facts; lists never null, empty when the APK could not be read. */
  record Apk(List<String> sdks, List<String> permissions) {}

  private ApkFacts() {}

  /**
   * Reads the crawl's partition; empty when the APK job has not written one. Cost: reads every
   * column of the partition (the report JSON included).
   */
  static Map<AppKey, Apk> read(Path workDir, String crawlId) throws IOException {
    ParquetDataset features = new ParquetDataset(workDir.resolve("datasets/apk-features"));
    Map<AppKey, Apk> apks = new HashMap<>();
    if (!features.crawlIds().contains(crawlId)) {
      return apks;
    }
    features.read(
        crawlId,
        (store, g) ->
            apks.putIfAbsent(
                new AppKey(store, requiredString(g, "package_name")),
                new Apk(
                    structs(g, "sdks", s -> string(s, "name")).stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList(),
                    strings(g, "permissions"))));
    return apks;
  }
}
