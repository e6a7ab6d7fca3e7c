package org.appwatch.crawler.store.fdroid;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.appwatch.crawler.frontier.Link;
import org.appwatch.crawler.store.Discoveries;
import org.appwatch.crawler.store.Listing;
import org.appwatch.crawler.store.Page;
import org.appwatch.crawler.store.StoreAdapter;
import org.appwatch.crawler.store.StoreSpec;

/**
 * An F-Droid repository: one index lists every app, so the index page yields each app's listing and
 * its newest APK link, with the SHA-256 the download must match. The index version (v2 or v1) is
 * the subclass. A list of app ids narrows the listings to those apps.
 */
abstract class FdroidAdapter implements StoreAdapter {

  private final StoreSpec spec;
  private volatile Set<String> only;

  FdroidAdapter(StoreSpec spec) {
    this.spec = spec;
  }

  /** Streams the packages of the index. */
  abstract void readIndex(InputStream in, Consumer<FdroidPackage> sink) throws IOException;

  @Override
  public String store() {
    return spec.id();
  }

  @Override
  public boolean html() {
    return false;
  }

  @Override
  public List<Link> seeds(URI base) {
    List<Link> out = new ArrayList<>();
    for (StoreSpec.SeedSpec s : spec.seeds()) {
      out.add(Link.of(base.resolve(s.path()), spec.id(), s.kind(), null));
    }
    return out;
  }

  @Override
  public List<Link> appSeeds(URI base, List<String> appIds) {
    only = Set.copyOf(appIds);
    return seeds(base);
  }

  @Override
  public void read(Page page, Discoveries out) throws IOException {
    if (!"index".equals(page.link().kind())) {
      throw new IOException("an F-Droid repository has no pages of kind " + page.link().kind());
    }
    Set<String> filter = only;
    try (InputStream in = page.open()) {
      readIndex(
          in,
          p -> {
            if (filter == null || filter.contains(p.packageName())) {
              URI apk = page.uri().resolve(p.apkPath());
              out.listing(listing(p, apk));
              out.link(new Link(apk, store(), "apk", p.packageName(), p.apkSha256(), 0));
            }
          });
    }
  }

  private static Listing listing(FdroidPackage p, URI apk) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("title", p.name());
    f.put("categories", p.categories());
    f.put("versionCode", p.versionCode());
    if (p.versionName() != null) {
      f.put("versionName", p.versionName());
    }
    f.put("minSdk", p.minSdk());
    f.put("targetSdk", p.targetSdk());
    f.put("permissions", p.permissions());
    f.put("apkUrl", apk.toString());
    if (p.apkSha256() != null) {
      f.put("apkSha256", p.apkSha256());
    }
    if (p.signerSha256() != null) {
      f.put("signerSha256", p.signerSha256());
    }
    return new Listing(p.packageName(), f, List.of());
  }
}
