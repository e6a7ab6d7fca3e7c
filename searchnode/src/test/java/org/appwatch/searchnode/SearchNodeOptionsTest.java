package org.appwatch.searchnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchNodeOptionsTest {

  @Test
  void readsDataPortAndSettings() {
    SearchNodeOptions options =
        SearchNodeOptions.parse(
            "--data", "work/es", "--port", "0", "--setting", "thread_pool.write.queue_size=1");
    assertEquals(Path.of("work/es").toAbsolutePath(), options.data());
    assertEquals(0, options.port());
    assertEquals(Map.of("thread_pool.write.queue_size", "1"), options.settings());
    assertTrue(options.watchStdin());
    assertFalse(
        SearchNodeOptions.parse("--data", "d", "--port", "9250", "--ignore-stdin").watchStdin());
  }

  @Test
  void rejectsMissingOrMalformedArguments() {
    assertThrows(IllegalArgumentException.class, () -> SearchNodeOptions.parse("--port", "1"));
    assertThrows(IllegalArgumentException.class, () -> SearchNodeOptions.parse("--data", "d"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SearchNodeOptions.parse("--data", "d", "--port", "70000"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SearchNodeOptions.parse("--data", "d", "--port", "1", "--setting", "novalue"));
    assertThrows(
        IllegalArgumentException.class, () -> SearchNodeOptions.parse("--data", "d", "--bogus"));
    assertThrows(IllegalArgumentException.class, () -> SearchNodeOptions.parse("--data"));
  }
}
