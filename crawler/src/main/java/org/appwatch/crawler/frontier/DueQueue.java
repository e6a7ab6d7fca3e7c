package org.appwatch.crawler.frontier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The frontier's working copy in memory: every URL the crawl knows (so that a link found again
 * costs no database lookup) and, per host, the URLs still to fetch ordered by due time. The
 * database stays the durable record, loaded into this at start; this replaced a database index on
 * (host, status, due time) whose upkeep on every fetch was the largest part of the database's CPU.
 * Not thread-safe: the {@link Frontier} uses it under the database lock.
 */
final class DueQueue {

  private record Item(FrontierEntry entry, long dueMillis) {}

  private static final Comparator<Item> ORDER =
      Comparator.comparingLong(Item::dueMillis).thenComparingLong(i -> i.entry().id());

  private final Set<String> known = new HashSet<>();
  private final Map<String, NavigableSet<Item>> byHost = new HashMap<>();
  private final Map<Long, Item> byId = new HashMap<>();
  private long lastId;

  /** Records a URL of the crawl; returns false when it was already known. */
  boolean know(String url) {
    return known.add(url);
  }

  /** A new id, above every id seen. */
  long nextId() {
    return ++lastId;
  }

  void seenId(long id) {
    lastId = Math.max(lastId, id);
  }

  /** Puts an entry in its host's queue (replacing its earlier place, if any). */
  void put(FrontierEntry entry, long dueMillis) {
    remove(entry.id());
    Item item = new Item(entry, dueMillis);
    byId.put(entry.id(), item);
    byHost.computeIfAbsent(entry.link().host(), h -> new TreeSet<>(ORDER)).add(item);
  }

  /** Takes an entry out of the queue: it has an outcome other than a retry. */
  void remove(long id) {
    Item old = byId.remove(id);
    if (old != null) {
      NavigableSet<Item> q = byHost.get(old.entry().link().host());
      q.remove(old);
      if (q.isEmpty()) {
        byHost.remove(old.entry().link().host());
      }
    }
  }

  /** Up to {@code limit} entries of a host due by {@code nowMillis}, earliest first. */
  List<FrontierEntry> due(String host, long nowMillis, int limit) {
    List<FrontierEntry> out = new ArrayList<>();
    NavigableSet<Item> q = byHost.get(host);
    if (q != null) {
      for (Item i : q) {
        if (i.dueMillis() > nowMillis || out.size() >= limit) {
          break;
        }
        out.add(i.entry());
      }
    }
    return out;
  }

  /** Hosts with entries still to fetch, each with its earliest due time. */
  Map<String, Long> pendingHosts() {
    Map<String, Long> out = new TreeMap<>();
    byHost.forEach((host, q) -> out.put(host, q.first().dueMillis()));
    return out;
  }
}
