package org.appwatch.crawler.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A store's crawl configuration, read from YAML (kebab-case keys): which adapter reads it, where a
 * crawl starts, and for configurable adapters where each field and link is found on each kind of
 * page — CSS selectors for HTML stores, JSON Pointers (RFC 6901) for JSON APIs. Built-in specs live
 * under {@code org/appwatch/crawler/stores/<name>.yaml}; any file of the same shape works.
 *
 * @param id the store id written to every output row ({@code fdroid}, {@code web}, {@code cnapi})
 * @param adapter the adapter type: {@code fdroid-v2}, {@code fdroid-v1}, {@code html}, {@code json}
 * @param seeds paths (relative to the store's base URL) a whole-store crawl starts from
 * @param appUrl a detail page path with {@code {id}} for the package name, for app-id seed lists
 * @param pages per page kind, what to read from it
 */
public record StoreSpec(
    String id, String adapter, List<SeedSpec> seeds, String appUrl, Map<String, PageSpec> pages) {

  /** A start URL: a path relative to the base URL and the kind of page it is. */
  public record SeedSpec(String path, String kind) {}

  /**
   * What to read from one kind of page.
   *
   * @param app where the package name is (selector or pointer); the link's app when absent
   * @param fields output field name to its location; a page of this kind is a listing when set
   * @param links links to follow
   * @param next a JSON API's paging: the pointer that says more pages follow and the query
   *     parameter to increment
   */
  public record PageSpec(
      FieldSpec app, Map<String, FieldSpec> fields, List<LinkSpec> links, NextSpec next) {}

  /**
   * Where a value is.
   *
   * @param select a CSS selector (HTML stores)
   * @param attr the attribute to read instead of the element's text; {@code abs:href} resolves
   * @param pointer a JSON Pointer (JSON stores)
   * @param all whether the field is a list of every match
   * @param item for a JSON list of objects, the member of each element to keep
   */
  public record FieldSpec(String select, String attr, String pointer, boolean all, String item) {}

  /**
   * A link to follow.
   *
   * @param select CSS selector of elements carrying the URL (HTML), with {@code attr}
   * @param each JSON Pointer of an array whose elements each yield one link (JSON), via {@code url}
   * @param url a URL template with {@code {name}} placeholders filled from the element's fields
   * @param field an already-read listing field holding the URL
   * @param kind the kind of page the link leads to
   * @param app the element field or attribute naming the link's package, if any
   * @param sha256Field a listing field holding the SHA-256 an APK must have
   */
  public record LinkSpec(
      String select,
      String attr,
      String each,
      String url,
      String field,
      String kind,
      String app,
      String sha256Field) {}

  /** JSON paging: while the value at {@code when} is true, request {@code param} + 1. */
  public record NextSpec(String when, String param) {}

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /**
   * Reads a spec from a file path, or else a built-in spec by name.
   *
   * @throws IOException when neither exists or the YAML does not match this shape
   */
  public static StoreSpec load(String nameOrPath) throws IOException {
    Path file = Path.of(nameOrPath);
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        return YAML.readValue(in, StoreSpec.class);
      }
    }
    String resource = "/org/appwatch/crawler/stores/" + nameOrPath + ".yaml";
    try (InputStream in = StoreSpec.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("no store config file or built-in store config named " + nameOrPath);
      }
      return YAML.readValue(in, StoreSpec.class);
    }
  }

  public PageSpec page(String kind) {
    return pages == null ? null : pages.get(kind);
  }
}
