package org.appwatch.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IndexMappingsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyIndexDefinesTheChineseAnalyzerAndLoadsWithoutRefresh() throws Exception {
    for (SearchIndex index : SearchIndex.values()) {
      JsonNode smartcn = JSON.readTree(IndexMappings.body(index, true));
      assertEquals(
          "smartcn", smartcn.at("/settings/analysis/analyzer/appwatch_text/type").asText());
      assertEquals("-1", smartcn.at("/settings/index/refresh_interval").asText());
      assertEquals("strict", smartcn.at("/mappings/dynamic").asText());
      JsonNode cjk = JSON.readTree(IndexMappings.body(index, false));
      assertEquals("cjk", cjk.at("/settings/analysis/analyzer/appwatch_text/type").asText());
    }
  }

  /** Documents are written in snake_case; the mapping is strict, so every field must be mapped. */
  @Test
  void documentRecordsMatchTheirMappings() throws Exception {
    assertEquals(fields(AppDocument.class), mapped(SearchIndex.APPS));
    assertEquals(fields(PolicyDocument.class), mapped(SearchIndex.POLICIES));
    assertEquals(fields(FindingDocument.class), mapped(SearchIndex.FINDINGS));
  }

  @Test
  void versionedNamesAreLowerCaseAndOwnedByTheirAlias() {
    String name = SearchIndex.APPS.versionedName(Instant.parse("2026-11-24T23:15:00.123Z"));
    assertEquals("appwatch-apps-v1-20261124-231500-123", name);
    assertTrue(SearchIndex.APPS.owns(name));
    assertTrue(!SearchIndex.POLICIES.owns(name));
  }

  private static Set<String> mapped(SearchIndex index) throws Exception {
    JsonNode properties = JSON.readTree(IndexMappings.body(index, true)).at("/mappings/properties");
    Set<String> names = new TreeSet<>();
    properties.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> fields(Class<? extends Record> type) {
    List<String> names = new ArrayList<>();
    for (var component : type.getRecordComponents()) {
      names.add(component.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase());
    }
    return new TreeSet<>(names);
  }
}
