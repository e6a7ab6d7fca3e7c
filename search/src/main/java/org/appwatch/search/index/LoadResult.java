package org.appwatch.search.index;

import java.time.Duration;
import java.util.List;

/**
 * A completed load: the alias now points at {@code index}, which holds {@code count} documents.
 *
 * @param replaced the indices the alias pointed at before, now deleted (empty on a first load)
 * @param retriedItems bulk items resent after the cluster rejected them with 429
 */
public record LoadResult(
    String alias,
    String index,
    List<String> replaced,
    long count,
    long retriedItems,
    Duration took) {

  public LoadResult {
    replaced = List.copyOf(replaced);
  }
}
