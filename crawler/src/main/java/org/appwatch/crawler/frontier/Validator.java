package org.appwatch.crawler.frontier;

import org.appwatch.crawler.evidence.WarcRef;

/**
 * What is known of the last full copy of a URL, across crawls: the HTTP validators for a
 * conditional GET, the payload's SHA-256 and the WARC record holding it.
 */
public record Validator(
    String url, String etag, String lastModified, String sha256, WarcRef ref, boolean gzipped) {}
