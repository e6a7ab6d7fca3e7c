package org.appwatch.localstore.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Rendering speed on one thread. The bound is loose so that a busy CI machine passes; the measured
 * rate is printed for the record.
 */
class PolicyWriterSpeedTest {

  @Test
  void rendersThousandsOfPagesPerSecond() {
    PolicyWriter writer = new PolicyWriter();
    PolicySpec[] specs = new PolicySpec[64];
    for (int i = 0; i < specs.length; i++) {
      PolicyLanguage language = PolicyLanguage.values()[i % 3];
      EnumSet<Clause> clauses = EnumSet.noneOf(Clause.class);
      for (Clause c : Clause.values()) {
        if (((i * 31 + c.ordinal() * 7) & 3) != 0) {
          clauses.add(c);
        }
      }
      specs[i] = PolicyFixtures.spec(language, clauses, i);
    }
    long chars = 0;
    for (int i = 0; i < 10_000; i++) {
      chars += writer.html(specs[i % specs.length]).length();
    }
    int pages = 30_000;
    long start = System.nanoTime();
    for (int i = 0; i < pages; i++) {
      chars += writer.html(specs[i % specs.length]).length();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double rate = pages / seconds;
    System.out.printf(
        "PolicyWriter: %.0f pages/s on one thread (%d chars rendered)%n", rate, chars);
    assertTrue(rate > 2_000, "pages/s " + rate);
  }
}
