package org.appwatch.crawler.store.fdroid;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.appwatch.crawler.store.StoreSpec;

/** An F-Droid repository read through its {@code index-v1.json (older repositories)}. */
public final class FdroidV1Adapter extends FdroidAdapter {

  public FdroidV1Adapter(StoreSpec spec) {
    super(spec);
  }

  @Override
  void readIndex(InputStream in, Consumer<FdroidPackage> sink) throws IOException {
    new FdroidIndexV1Reader().read(in, sink);
  }
}
