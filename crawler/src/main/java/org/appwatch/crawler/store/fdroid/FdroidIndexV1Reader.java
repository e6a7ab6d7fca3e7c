package org.appwatch.crawler.store.fdroid;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an F-Droid {@code index-v1.json} (older repositories): {@code apps[]} for metadata and
 * {@code packages.<name>[]} for versions, streamed one entry at a time; reports the version with
 * the highest {@code versionCode} of each package. Holds one small record per app in memory, since
 * the two halves of the document must be joined.
 */
public final class FdroidIndexV1Reader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private record AppMeta(String name, List<String> categories) {}

  /**
   * @throws FdroidIndexException when the document is not an index-v1
   */
  public void read(InputStream in, Consumer<FdroidPackage> sink) throws IOException {
    Map<String, AppMeta> apps = new HashMap<>();
    List<Map.Entry<String, JsonNode>> newest = new ArrayList<>();
    try (JsonParser parser = new JsonFactory(MAPPER).createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new FdroidIndexException("the index is not a JSON object");
      }
      boolean sawPackages = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if ("apps".equals(field) && value == JsonToken.START_ARRAY) {
          while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonNode app = parser.readValueAsTree();
            List<String> categories = new ArrayList<>();
            app.path("categories").forEach(c -> categories.add(c.asText()));
            apps.put(
                app.path("packageName").asText(),
                new AppMeta(app.path("name").asText(null), categories));
          }
        } else if ("packages".equals(field) && value == JsonToken.START_OBJECT) {
          sawPackages = true;
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            JsonNode best = null;
            for (JsonNode v : (JsonNode) parser.readValueAsTree()) {
              if (best == null
                  || v.path("versionCode").asLong() > best.path("versionCode").asLong()) {
                best = v;
              }
            }
            if (best != null) {
              newest.add(Map.entry(name, best));
            }
          }
        } else {
          parser.skipChildren();
        }
      }
      if (!sawPackages) {
        throw new FdroidIndexException(
            "the index has no \"packages\" object (is this an index-v1.json?)");
      }
    }
    for (Map.Entry<String, JsonNode> e : newest) {
      sink.accept(toPackage(e.getKey(), e.getValue(), apps.get(e.getKey())));
    }
  }

  private static FdroidPackage toPackage(String name, JsonNode v, AppMeta meta) {
    List<String> permissions = new ArrayList<>();
    for (String field : List.of("uses-permission", "uses-permission-sdk-23")) {
      // Each entry is [name, maxSdkVersion or null].
      v.path(field).forEach(p -> permissions.add(p.isArray() ? p.path(0).asText() : p.asText()));
    }
    return new FdroidPackage(
        name,
        meta == null || meta.name() == null ? name : meta.name(),
        meta == null ? List.of() : meta.categories(),
        v.path("versionCode").asLong(-1),
        v.path("versionName").asText(null),
        v.path("apkName").asText(),
        "sha256".equalsIgnoreCase(v.path("hashType").asText("sha256"))
            ? v.path("hash").asText(null)
            : null,
        v.path("size").asLong(-1),
        v.path("minSdkVersion").asInt(0),
        v.path("targetSdkVersion").asInt(0),
        permissions,
        v.path("signer").asText(null));
  }
}
