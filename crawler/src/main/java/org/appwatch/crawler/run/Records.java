package org.appwatch.crawler.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The rows of the crawl output tables; docs/datasets.md is their contract. */
final class Records {

  private Records() {}

  /** {@code crawl-records/v1}: one HTTP exchange (or an attempt that got no response). */
  record FetchRecord(
      String crawlId,
      String store,
      String url,
      String kind,
      String app,
      int status,
      String errorKind,
      String error,
      Instant fetchedAt,
      String contentType,
      String charset,
      String payloadSha256,
      long size,
      String warcFile,
      String warcRecordId,
      Long warcOffset,
      String warcType) {}

  /** {@code crawl-apks/v2}: the APK of one app in one store. */
  record ApkRecord(
      String crawlId,
      String store,
      String packageName,
      String url,
      String status,
      String sha256,
      long size,
      String apkFile,
      Instant fetchedAt,
      String error,
      String warcFile,
      String warcRecordId) {}

  /** {@code listings/v1}: what a store says of one app. */
  record ListingRecord(
      String crawlId,
      String store,
      String packageName,
      String url,
      Map<String, Object> fields,
      List<String> missingFields,
      Instant fetchedAt,
      String warcFile,
      String warcRecordId) {}

  /**
   * {@code crawl-policies/v1}: one privacy-policy URL. {@code requestedUrl} is the URL the listing
   * linked (its {@code policyUrl}), which differs from {@code url} when redirects led elsewhere.
   */
  record PolicyRecord(
      String crawlId,
      String store,
      String packageName,
      String url,
      String requestedUrl,
      String status,
      String textSha256,
      String payloadSha256,
      String language,
      String script,
      String charset,
      String title,
      int textChars,
      String textFile,
      Instant fetchedAt,
      String error,
      String warcFile,
      String warcRecordId) {}
}
