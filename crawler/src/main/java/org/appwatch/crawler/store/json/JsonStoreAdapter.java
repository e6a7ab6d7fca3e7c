package org.appwatch.crawler.store.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appwatch.crawler.frontier.Link;
import org.appwatch.crawler.store.ConfiguredAdapter;
import org.appwatch.crawler.store.Discoveries;
import org.appwatch.crawler.store.Listing;
import org.appwatch.crawler.store.Page;
import org.appwatch.crawler.store.StoreSpec;

/**
 * Reads a JSON-API store in the manner of Chinese app stores: field locations are JSON Pointers
 * (RFC 6901) in the store config, links are URL templates filled from array elements, and paging
 * follows a "has more" flag. Bodies are decoded with charset detection first, since such APIs often
 * send GBK with a UTF-8 label or none.
 */
public final class JsonStoreAdapter extends ConfiguredAdapter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  public JsonStoreAdapter(StoreSpec spec) {
    super(spec);
  }

  @Override
  public boolean html() {
    return false;
  }

  @Override
  public void read(Page page, Discoveries out) throws IOException {
    StoreSpec.PageSpec rules = spec.page(page.link().kind());
    if (rules == null) {
      throw new IOException(
          "store " + store() + " has no rules for pages of kind " + page.link().kind());
    }
    JsonNode root = JSON.readTree(page.text(false).text());
    if (rules.links() != null) {
      for (StoreSpec.LinkSpec l : rules.links()) {
        if (l.each() != null) {
          for (JsonNode element : root.at(l.each())) {
            URI target = resolve(page.uri(), fill(l.url(), element));
            String app = l.app() == null ? null : element.path(l.app()).asText(null);
            if (target != null) {
              out.link(Link.of(target, store(), l.kind(), app));
            }
          }
        }
      }
    }
    if (rules.next() != null && root.at(rules.next().when()).asBoolean(false)) {
      out.link(
          Link.of(nextPage(page.uri(), rules.next().param()), store(), page.link().kind(), null));
    }
    if (rules.fields() != null) {
      String app = rules.app() == null ? null : text(root.at(rules.app().pointer()));
      Listing listing = listing(root, rules, app == null ? page.link().app() : app);
      out.listing(listing);
      fieldLinks(rules, listing, page.link(), store(), out);
    }
  }

  private static Listing listing(JsonNode root, StoreSpec.PageSpec rules, String app) {
    Map<String, Object> fields = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, StoreSpec.FieldSpec> f : rules.fields().entrySet()) {
      JsonNode node = root.at(f.getValue().pointer());
      Object value = f.getValue().all() ? list(node, f.getValue().item()) : scalar(node);
      if (value == null) {
        missing.add(f.getKey());
      } else {
        fields.put(f.getKey(), value);
      }
    }
    return new Listing(app, fields, missing);
  }

  private static Object scalar(JsonNode node) {
    if (node.isMissingNode() || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      return null;
    }
    if (node.isIntegralNumber()) {
      return node.asLong();
    }
    if (node.isNumber()) {
      return node.asDouble();
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  private static List<String> list(JsonNode node, String item) {
    if (!node.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (JsonNode n : node) {
      JsonNode v = item == null ? n : n.path(item);
      out.add(v.isValueNode() ? v.asText() : v.toString());
    }
    return out;
  }

  private static String text(JsonNode node) {
    return node.isValueNode() && !node.asText().isBlank() ? node.asText() : null;
  }

  private static String fill(String template, JsonNode element) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = element.path(m.group(1)).asText("");
      // A whole-template placeholder is a URL (detailUrl); inside a template it is a parameter.
      String replacement =
          template.equals(m.group()) ? v : URLEncoder.encode(v, StandardCharsets.UTF_8);
      m.appendReplacement(b, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** The same URL with the paging parameter incremented (added as 2 when absent). */
  static URI nextPage(URI uri, String param) {
    String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
    Matcher m = Pattern.compile("(^|&)" + Pattern.quote(param) + "=(\\d+)").matcher(query);
    String next =
        m.find()
            ? query.substring(0, m.start(2))
                + (Long.parseLong(m.group(2)) + 1)
                + query.substring(m.end(2))
            : (query.isEmpty() ? "" : query + "&") + param + "=2";
    String s = uri.toString();
    int q = s.indexOf('?');
    return URI.create((q < 0 ? s : s.substring(0, q)) + "?" + next);
  }
}
