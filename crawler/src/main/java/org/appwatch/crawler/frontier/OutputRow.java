package org.appwatch.crawler.frontier;

/**
 * A row of a crawl output table, written once per key: writing the same key again (a URL fetched
 * again after a crash) replaces the row, so an output never holds a record twice.
 *
 * @param table the output table, e.g. {@code apks}, {@code listings}, {@code policies}, {@code
 *     fetches}
 * @param value a record, serialised to JSON
 */
public record OutputRow(String table, String key, Object value) {}
