package org.appwatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @Test
  void defaultsAreFlattenedToDottedKeys() {
    Settings s = Settings.defaults();
    assertEquals(200, s.getInt("store.local.apps"));
    assertEquals(Duration.ofSeconds(10), s.getDuration("crawl.timeout.connect"));
    assertEquals(512L * 1024 * 1024, s.getBytes("crawl.max-bytes.apk"));
    assertEquals("", s.get("crawl.fdroid.repo"));
  }

  @Test
  void laterLayersWinInOrder(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("appwatch.yaml");
    Files.writeString(file, "store:\n  local:\n    apps: 50\n    seed: 7\n");
    Settings s =
        Settings.defaults().withFile(file).with(Map.of("store.local.apps", "10"), "--apps");
    assertEquals(10, s.getInt("store.local.apps"));
    assertEquals(7, s.getLong("store.local.seed"));
  }

  @Test
  void unknownKeysAndBadValuesAreNamed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "crawl.timeout.conect: 5s\n");
    SettingsException unknown =
        assertThrows(SettingsException.class, () -> Settings.defaults().withFile(file));
    assertTrue(unknown.getMessage().contains("crawl.timeout.conect"), unknown.getMessage());

    Settings s = Settings.defaults().with(Map.of("crawl.timeout.connect", "soon"), "test");
    SettingsException bad =
        assertThrows(SettingsException.class, () -> s.getDuration("crawl.timeout.connect"));
    assertTrue(bad.getMessage().contains("'soon'"), bad.getMessage());
  }

  @Test
  void missingConfigFileIsAnError(@TempDir Path dir) {
    assertThrows(
        SettingsException.class, () -> Settings.defaults().withFile(dir.resolve("no.yaml")));
  }
}
