package org.appwatch.scoring.apk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of a pinned table ({@code permissions.json}, {@code sensitive-apis.json}) with
 * Jackson's streaming parser: the array under one top-level field, each element an object whose
 * values are scalars, nulls or arrays of strings. Other top-level fields are skipped. Streaming
 * because data binding's start-up (hundreds of classes, interpreted) would dominate a one-off run.
 */
final class FlatJsonRows {
  private static final JsonFactory FACTORY = new JsonFactory();

  private FlatJsonRows() {}

  /**
   * @return one map per row: field name to {@code String} (a number or boolean as its text), {@code
   *     null} or {@code List<String>}
   * @throws IOException when the text is not JSON of that shape (the message says where)
   */
  static List<Map<String, Object>> read(InputStream in, String arrayField) throws IOException {
    List<Map<String, Object>> rows = null;
    try (JsonParser p = FACTORY.createParser(in)) {
      expect(p, p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!field.equals(arrayField)) {
          p.skipChildren();
          continue;
        }
        expect(p, value, JsonToken.START_ARRAY);
        rows = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
          rows.add(row(p));
        }
        expect(p, p.currentToken(), JsonToken.END_ARRAY);
      }
    }
    if (rows == null) {
      throw new IOException("no array field \"" + arrayField + "\"");
    }
    return rows;
  }

  private static Map<String, Object> row(JsonParser p) throws IOException {
    Map<String, Object> row = new HashMap<>();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (value) {
        case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
            row.put(field, p.getText());
        case VALUE_NULL -> row.put(field, null);
        case START_ARRAY -> {
          List<String> items = new ArrayList<>();
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            items.add(p.getText());
          }
          expect(p, p.currentToken(), JsonToken.END_ARRAY);
          row.put(field, items);
        }
        default -> throw new IOException("unexpected " + value + " for \"" + field + "\"" + at(p));
      }
    }
    return row;
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
