package org.appwatch.crawler.frontier;

import java.util.List;

/**
 * Everything one fetch changed, committed in one transaction: the URL's new status, the links it
 * led to, its output rows, and the validator and payload it leaves for later crawls.
 *
 * @param nextDueMillis when to try again (epoch millis), for a URL left {@code DISCOVERED}
 * @param validator the copy to revalidate next time, or null
 */
public record Commit(
    FrontierEntry entry,
    UrlStatus status,
    int attempts,
    long nextDueMillis,
    String errorKind,
    String error,
    List<Link> discovered,
    List<OutputRow> rows,
    Validator validator) {}
