package org.appwatch.crawler.store.html;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.appwatch.crawler.frontier.Link;
import org.appwatch.crawler.store.ConfiguredAdapter;
import org.appwatch.crawler.store.Discoveries;
import org.appwatch.crawler.store.Listing;
import org.appwatch.crawler.store.Page;
import org.appwatch.crawler.store.StoreSpec;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads a web store in the manner of Google Play: every field and link is a CSS selector in the
 * store config, so a layout change is a config edit. A configured field that matches nothing is
 * listed in the listing's {@code missing}, never written as an empty value.
 */
public final class HtmlStoreAdapter extends ConfiguredAdapter {

  // jsoup parses a selector string on every select call; parsing was a seventh of the crawler's
  // CPU. Parsed evaluators are kept per selector (a store config has a few dozen) and shared
  // between threads, which jsoup's evaluators allow.
  private static final Map<String, Evaluator> EVALUATORS = new ConcurrentHashMap<>();

  private static Evaluator evaluator(String css) {
    return EVALUATORS.computeIfAbsent(css, QueryParser::parse);
  }

  public HtmlStoreAdapter(StoreSpec spec) {
    super(spec);
  }

  @Override
  public boolean html() {
    return true;
  }

  @Override
  public void read(Page page, Discoveries out) throws IOException {
    StoreSpec.PageSpec rules = spec.page(page.link().kind());
    if (rules == null) {
      throw new IOException(
          "store " + store() + " has no rules for pages of kind " + page.link().kind());
    }
    Document doc = Jsoup.parse(page.text(true).text(), page.uri().toString());
    if (rules.links() != null) {
      for (StoreSpec.LinkSpec l : rules.links()) {
        if (l.select() != null) {
          selectorLinks(doc, l, page.link(), out);
        }
      }
    }
    if (rules.fields() != null) {
      String app = rules.app() == null ? null : value(doc, rules.app());
      Listing listing = listing(doc, rules, app == null ? page.link().app() : app);
      out.listing(listing);
      fieldLinks(rules, listing, page.link(), store(), out);
    }
  }

  private void selectorLinks(Document doc, StoreSpec.LinkSpec l, Link from, Discoveries out) {
    String attr = l.attr() == null ? "href" : l.attr();
    for (Element e : doc.select(evaluator(l.select()))) {
      URI target = resolve(from.url(), e.attr(attr));
      if (target != null && !e.attr(attr).isBlank()) {
        String app = l.app() == null ? null : attributeUp(e, l.app());
        out.link(Link.of(target, store(), l.kind(), app));
      }
    }
  }

  private static String attributeUp(Element e, String attr) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x.hasAttr(attr)) {
        return x.attr(attr);
      }
    }
    return null;
  }

  private static Listing listing(Document doc, StoreSpec.PageSpec rules, String app) {
    Map<String, Object> fields = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, StoreSpec.FieldSpec> f : rules.fields().entrySet()) {
      StoreSpec.FieldSpec spec = f.getValue();
      Object value = spec.all() ? values(doc, spec) : value(doc, spec);
      if (value == null || (value instanceof List<?> list && list.isEmpty() && !spec.all())) {
        missing.add(f.getKey());
      } else {
        fields.put(f.getKey(), value);
      }
    }
    return new Listing(app, fields, missing);
  }

  private static String value(Document doc, StoreSpec.FieldSpec spec) {
    Element e = doc.selectFirst(evaluator(spec.select()));
    if (e == null) {
      return null;
    }
    String v = spec.attr() == null ? e.text() : e.attr(spec.attr());
    return v.isBlank() ? null : v.trim();
  }

  /** Every match; a list field found empty is a fact (no permissions), not a missing field. */
  private static List<String> values(Document doc, StoreSpec.FieldSpec spec) {
    Elements all = doc.select(evaluator(spec.select()));
    List<String> out = new ArrayList<>();
    for (Element e : all) {
      String v = spec.attr() == null ? e.text() : e.attr(spec.attr());
      if (!v.isBlank()) {
        out.add(v.trim());
      }
    }
    return out;
  }
}
