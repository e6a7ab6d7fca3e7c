package org.appwatch.search.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LegacyNodeAdapterTest {

  @Test
  void versionedMediaTypesBecomePlainOnes() {
    assertEquals(
        "application/json",
        LegacyNodeAdapter.plainMediaType("application/vnd.elasticsearch+json; compatible-with=8"));
    assertEquals(
        "application/x-ndjson",
        LegacyNodeAdapter.plainMediaType(
            "application/vnd.elasticsearch+x-ndjson;compatible-with=9"));
    assertEquals("text/plain", LegacyNodeAdapter.plainMediaType("text/plain"));
  }
}
