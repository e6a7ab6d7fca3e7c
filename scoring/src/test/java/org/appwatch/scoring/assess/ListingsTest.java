package org.appwatch.scoring.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.appwatch.scoring.rules.evidence.ListingFacts.PolicyLink;
import org.junit.jupiter.api.Test;

class ListingsTest {

  @Test
  void linkStateFromUrlAndStatus() {
    assertEquals(PolicyLink.MISSING, Listings.link(null, 200));
    assertEquals(PolicyLink.MISSING, Listings.link(" ", 200));
    assertEquals(PolicyLink.PRESENT, Listings.link("http://x/p", 200));
    assertEquals(PolicyLink.DEAD, Listings.link("http://x/p", 404));
    assertEquals(PolicyLink.DEAD, Listings.link("http://x/p", 410));
    assertEquals(PolicyLink.DEAD, Listings.link("http://x/p", 0));
    assertEquals("TOOLS", Listings.of("http://x/p", 200, "TOOLS", 5L, null).category());
  }
}
