package org.appwatch.scoring.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.appwatch.scoring.rules.evidence.PeerFacts;
import org.junit.jupiter.api.Test;

class PeerTableTest {

  @Test
  void ratesPerCategoryCountEachAppOnce() {
    PeerTable t = new PeerTable("c1");
    t.add("TOOLS", HistoryDiffTest.apk(List.of("CAMERA", "CAMERA", "SMS"), List.of()));
    t.add("TOOLS", HistoryDiffTest.apk(List.of("CAMERA"), List.of()));
    t.add("TOOLS", HistoryDiffTest.apk(List.of(), List.of()));
    t.add("TOOLS", HistoryDiffTest.apk(List.of(), List.of()));
    t.add("GAMES", HistoryDiffTest.apk(List.of("SMS"), List.of()));
    t.add("GAMES", null);
    t.add(null, HistoryDiffTest.apk(List.of("SMS"), List.of()));

    PeerFacts tools = t.facts("TOOLS");
    assertEquals(4, tools.peers());
    assertEquals(0.5, tools.rate("CAMERA"));
    assertEquals(0.25, tools.rate("SMS"));
    assertEquals(0.0, tools.rate("CONTACTS"));
    assertEquals(1, t.facts("GAMES").peers());
    assertNull(t.facts("NEWS"));
    assertEquals("c1", tools.provenance().crawlId());
  }

  @Test
  void fromAggregatedCounts() {
    PeerFacts p = PeerTable.of("NEWS", 20, Map.of("SMS", 1), null);
    assertEquals(0.05, p.rate("SMS"));
    assertEquals(20, p.peers());
  }
}
