package org.appwatch.localstore.corpus;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Pages through a store's category listing. Indices are found by scanning the cheap listing facts
 * lazily, only as far as the pages asked for need, and kept as int arrays (4 bytes per listed app);
 * no app is generated. Thread-safe.
 */
public final class CategoryIndex {

  /** One page of a listing: app indices, ascending, and whether more follow. */
  public record Page(int[] indices, boolean hasMore) {}

  private final Corpus corpus;
  private final Map<StoreId, Map<Category, IntList>> lists = new EnumMap<>(StoreId.class);
  private int scanned;

  public CategoryIndex(Corpus corpus) {
    this.corpus = corpus;
    for (StoreId s : StoreId.values()) {
      Map<Category, IntList> m = new EnumMap<>(Category.class);
      for (Category c : Category.values()) {
        m.put(c, new IntList());
      }
      lists.put(s, m);
    }
  }

  /** Page {@code page} (0-based) of {@code pageSize} apps of {@code category} in {@code store}. */
  public synchronized Page page(StoreId store, Category category, int page, int pageSize) {
    IntList list = lists.get(store).get(category);
    long want = (long) (page + 1) * pageSize + 1;
    int limit = corpus.indexLimit();
    while (list.size < want && scanned < limit) {
      int i = scanned++;
      if (corpus.alive(i)) {
        Category c = corpus.category(i);
        for (StoreId s : corpus.stores(i)) {
          lists.get(s).get(c).add(i);
        }
      }
    }
    int from = (int) Math.min(list.size, (long) page * pageSize);
    int to = (int) Math.min(list.size, (long) from + pageSize);
    return new Page(Arrays.copyOfRange(list.values, from, to), list.size > to);
  }

  private static final class IntList {
    int[] values = new int[16];
    int size;

    void add(int v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }
  }
}
