package org.appwatch.crawler.store;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.appwatch.crawler.frontier.Link;

/** What the HTML and JSON adapters share: seeds and app-id seeds from the store config. */
public abstract class ConfiguredAdapter implements StoreAdapter {

  protected final StoreSpec spec;

  protected ConfiguredAdapter(StoreSpec spec) {
    this.spec = spec;
  }

  @Override
  public String store() {
    return spec.id();
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
    if (spec.appUrl() == null) {
      throw new UnsupportedOperationException("store " + spec.id() + " has no app-url");
    }
    List<Link> out = new ArrayList<>();
    for (String id : appIds) {
      String path = spec.appUrl().replace("{id}", URLEncoder.encode(id, StandardCharsets.UTF_8));
      out.add(Link.of(base.resolve(path), spec.id(), "detail", id));
    }
    return out;
  }

  /** Follows {@code field}-links of a page spec, once its listing's fields are known. */
  protected static void fieldLinks(
      StoreSpec.PageSpec page, Listing listing, Link from, String store, Discoveries out) {
    if (page.links() == null) {
      return;
    }
    for (StoreSpec.LinkSpec l : page.links()) {
      if (l.field() == null
          || !(listing.fields().get(l.field()) instanceof String url)
          || url.isBlank()) {
        continue;
      }
      URI target = resolve(from.url(), url);
      if (target == null) {
        continue;
      }
      Object sha = l.sha256Field() == null ? null : listing.fields().get(l.sha256Field());
      out.link(
          new Link(
              target,
              store,
              l.kind(),
              listing.packageName(),
              sha instanceof String s ? s : null,
              0));
    }
  }

  /** Resolves a link against the page, or null when it is not a usable http(s) URL. */
  protected static URI resolve(URI base, String href) {
    try {
      URI u = base.resolve(href.trim().replace(" ", "%20"));
      String scheme = u.getScheme();
      return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)
          ? stripFragment(u)
          : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static URI stripFragment(URI u) {
    if (u.getRawFragment() == null) {
      return u;
    }
    String s = u.toString();
    return URI.create(s.substring(0, s.indexOf('#')));
  }
}
