package org.appwatch.crawler.store.fdroid;

import java.time.Instant;

/**
 * One line of a crawl's {@code apks.jsonl}: the outcome of fetching one package's newest APK
 * (dataset contract {@code crawl-apks/v1}, see docs/datasets.md).
 *
 * @param status {@code stored}, {@code already-stored}, {@code http-<code>}, {@code hash-mismatch},
 *     {@code too-large} or {@code network}
 * @param apkFile the stored APK, relative to the work directory; null when none was stored
 */
public record HarvestedApk(
    String crawlId,
    String store,
    String packageName,
    long versionCode,
    String url,
    String status,
    String sha256,
    long size,
    String apkFile,
    Instant fetchedAt,
    String error) {}
