package org.appwatch.scoring.apk.catalogue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code sdk-catalogue.json} with Jackson's streaming parser. Gives the same {@link
 * SdkCatalogue} as data binding, but without loading and warming up databind's introspection of the
 * records, which cost over a second of a fresh JVM's start. Unknown fields are an error, so a field
 * added to {@link SdkEntry} cannot be silently dropped here.
 */
final class CatalogueReader {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CatalogueReader() {}

  static SdkCatalogue read(InputStream in) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT);
      Map<String, String> sources = null;
      List<SdkEntry> sdks = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "sources" -> sources = value == JsonToken.VALUE_NULL ? null : strings(p, value);
          case "sdks" -> {
            expect(p, value, JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
              sdks.add(entry(p));
            }
          }
          default -> throw new IOException("unknown catalogue field " + field + at(p));
        }
      }
      return new SdkCatalogue(sources, sdks);
    }
  }

  private static SdkEntry entry(JsonParser p) throws IOException {
    Map<String, String> text = new HashMap<>();
    Map<String, List<String>> lists = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "id", "name", "vendor", "website" -> text.put(field, p.getValueAsString());
        case "categories",
            "sources",
            "classPatterns",
            "classPrefixes",
            "components",
            "componentPatterns",
            "nativeLibs",
            "nativeLibPatterns",
            "metaDataKeys" ->
            lists.put(field, list(p, value));
        default -> throw new IOException("unknown SDK entry field " + field + at(p));
      }
    }
    return new SdkEntry(
        text.get("id"),
        text.get("name"),
        text.get("vendor"),
        lists.get("categories"),
        lists.get("sources"),
        text.get("website"),
        lists.get("classPatterns"),
        lists.get("classPrefixes"),
        lists.get("components"),
        lists.get("componentPatterns"),
        lists.get("nativeLibs"),
        lists.get("nativeLibPatterns"),
        lists.get("metaDataKeys"));
  }

  private static List<String> list(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(p, value, JsonToken.START_ARRAY);
    List<String> out = new ArrayList<>();
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      out.add(p.getText());
    }
    expect(p, p.currentToken(), JsonToken.END_ARRAY);
    return out;
  }

  private static Map<String, String> strings(JsonParser p, JsonToken value) throws IOException {
    expect(p, value, JsonToken.START_OBJECT);
    Map<String, String> out = new LinkedHashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      out.put(key, p.getValueAsString());
    }
    return out;
  }

  private static void expect(JsonParser p, JsonToken actual, JsonToken wanted) throws IOException {
    if (actual != wanted) {
      throw new IOException("expected " + wanted + " but found " + actual + at(p));
    }
  }

  private static String at(JsonParser p) {
    return " at line " + p.currentLocation().getLineNr();
  }
}
