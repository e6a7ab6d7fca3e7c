package org.appwatch.crawler.store.fdroid;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.appwatch.crawler.store.StoreSpec;

/** An F-Droid repository read through its {@code index-v2.json}. */
public final class FdroidV2Adapter extends FdroidAdapter {

  public FdroidV2Adapter(StoreSpec spec) {
    super(spec);
  }

  @Override
  void readIndex(InputStream in, Consumer<FdroidPackage> sink) throws IOException {
    new FdroidIndexV2Reader().read(in, sink);
  }
}
