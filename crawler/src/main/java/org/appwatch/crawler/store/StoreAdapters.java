package org.appwatch.crawler.store;

import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import org.appwatch.crawler.store.fdroid.FdroidV1Adapter;
import org.appwatch.crawler.store.fdroid.FdroidV2Adapter;
import org.appwatch.crawler.store.html.HtmlStoreAdapter;
import org.appwatch.crawler.store.json.JsonStoreAdapter;

/**
 * The registry of adapter types: a store config names its type, and this table, not a chain of
 * conditions, picks the code. Adding a store of a known shape is a config file; adding a shape is
 * one entry here.
 */
public final class StoreAdapters {

  private static final Map<String, Function<StoreSpec, StoreAdapter>> TYPES =
      Map.of(
          "fdroid-v2", FdroidV2Adapter::new,
          "fdroid-v1", FdroidV1Adapter::new,
          "html", HtmlStoreAdapter::new,
          "json", JsonStoreAdapter::new);

  private StoreAdapters() {}

  /**
   * The adapter for a store config file path or built-in name.
   *
   * @throws IOException when the config cannot be read or names an unknown adapter type
   */
  public static StoreAdapter forSpec(String nameOrPath) throws IOException {
    StoreSpec spec = StoreSpec.load(nameOrPath);
    Function<StoreSpec, StoreAdapter> type = TYPES.get(spec.adapter());
    if (type == null) {
      throw new IOException(
          "store config "
              + nameOrPath
              + ": unknown adapter '"
              + spec.adapter()
              + "', expected one of "
              + new java.util.TreeSet<>(TYPES.keySet()));
    }
    return type.apply(spec);
  }
}
