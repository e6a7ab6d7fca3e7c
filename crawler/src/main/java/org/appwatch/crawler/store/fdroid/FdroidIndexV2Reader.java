package org.appwatch.crawler.store.fdroid;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads an F-Droid {@code index-v2.json} as a stream, one package at a time, so that an index of
 * any size is read in constant memory. For each package it reports the version with the highest
 * {@code versionCode}.
 */
public final class FdroidIndexV2Reader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Calls {@code sink} once per package that has at least one version.
   *
   * @throws FdroidIndexException when the document is not an index-v2
   */
  public void read(InputStream in, Consumer<FdroidPackage> sink) throws IOException {
    try (JsonParser parser = new JsonFactory(MAPPER).createParser(in)) {
      expect(parser.nextToken() == JsonToken.START_OBJECT, "the index is not a JSON object");
      boolean sawPackages = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        if ("packages".equals(field)) {
          sawPackages = true;
          readPackages(parser, sink);
        } else {
          parser.skipChildren();
        }
      }
      expect(sawPackages, "the index has no \"packages\" object (is this an index-v2.json?)");
    }
  }

  private void readPackages(JsonParser parser, Consumer<FdroidPackage> sink) throws IOException {
    expect(parser.currentToken() == JsonToken.START_OBJECT, "\"packages\" is not an object");
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String packageName = parser.currentName();
      parser.nextToken();
      JsonNode entry = parser.readValueAsTree();
      FdroidPackage newest = newestVersion(packageName, entry);
      if (newest != null) {
        sink.accept(newest);
      }
    }
  }

  private static FdroidPackage newestVersion(String packageName, JsonNode entry) {
    JsonNode best = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = entry.path("versions").fields();
        it.hasNext(); ) {
      JsonNode version = it.next().getValue();
      if (best == null || versionCode(version) > versionCode(best)) {
        best = version;
      }
    }
    if (best == null) {
      return null;
    }
    JsonNode metadata = entry.path("metadata");
    JsonNode manifest = best.path("manifest");
    JsonNode file = best.path("file");
    String path = file.path("name").asText();
    return new FdroidPackage(
        packageName,
        localized(metadata.path("name"), packageName),
        texts(metadata.path("categories")),
        versionCode(best),
        manifest.path("versionName").asText(null),
        path.startsWith("/") ? path.substring(1) : path,
        file.path("sha256").asText(null),
        file.path("size").asLong(-1),
        manifest.path("usesSdk").path("minSdkVersion").asInt(0),
        manifest.path("usesSdk").path("targetSdkVersion").asInt(0),
        permissions(manifest),
        manifest.path("signer").path("sha256").path(0).asText(null));
  }

  private static long versionCode(JsonNode version) {
    return version.path("manifest").path("versionCode").asLong(-1);
  }

  private static List<String> permissions(JsonNode manifest) {
    List<String> names = new ArrayList<>();
    manifest.path("usesPermission").forEach(p -> names.add(p.path("name").asText()));
    manifest.path("usesPermissionSdk23").forEach(p -> names.add(p.path("name").asText()));
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** F-Droid localises names by locale; prefer en-US, then any. */
  private static String localized(JsonNode names, String fallback) {
    if (names.has("en-US")) {
      return names.get("en-US").asText();
    }
    Iterator<JsonNode> any = names.elements();
    return any.hasNext() ? any.next().asText() : fallback;
  }

  private static void expect(boolean condition, String message) throws FdroidIndexException {
    if (!condition) {
      throw new FdroidIndexException(message);
    }
  }
}
