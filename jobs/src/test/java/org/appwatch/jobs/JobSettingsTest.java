package org.appwatch.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.appwatch.model.Settings;
import org.appwatch.model.SettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobSettingsTest {

  private static final String TIMEOUT = "jobs.apk-features.timeout";
  private static final String PARTITIONS = "jobs.apk-features.partitions";
  private static final String APPS = "store.local.apps";

  @TempDir Path dir;

  private static SparkConf conf(String... pairs) {
    SparkConf conf = new SparkConf(false).set("spark.master", "local[1]");
    for (int i = 0; i < pairs.length; i += 2) {
      conf.set(pairs[i], pairs[i + 1]);
    }
    return conf;
  }

  @Test
  void eachLayerOverridesTheOnesBelowIt() throws Exception {
    Path file = dir.resolve("appwatch.yaml");
    Files.writeString(file, "jobs:\n  apk-features:\n    timeout: 30s\n    partitions: 6\n");
    SparkConf conf =
        conf(
            "spark.appwatch." + TIMEOUT, "5m",
            "spark.appwatch." + PARTITIONS, "3",
            "spark.appwatch." + APPS, "77");

    Settings s = JobSettings.resolve(conf, file, Map.of(PARTITIONS, "9"));

    assertEquals(9, s.getInt(PARTITIONS), "command line over config file over Spark conf");
    assertEquals(Duration.ofSeconds(30), s.getDuration(TIMEOUT), "config file over Spark conf");
    assertEquals(77, s.getInt(APPS), "Spark conf over the defaults");
    assertEquals(42, s.getLong("store.local.seed"), "the defaults where nothing else speaks");
  }

  @Test
  void withoutOtherLayersSparkConfWinsOverDefaults() {
    Settings s = JobSettings.resolve(conf("spark.appwatch." + TIMEOUT, "7s"), null, Map.of());
    assertEquals(Duration.ofSeconds(7), s.getDuration(TIMEOUT));
    assertEquals(
        Settings.defaults().get(PARTITIONS), s.get(PARTITIONS), "Spark's own entries are ignored");
  }

  @Test
  void anUnknownAppwatchKeyInSparkConfIsNamed() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () -> JobSettings.resolve(conf("spark.appwatch.jobs.tmeout", "1s"), null, Map.of()));
    assertTrue(e.getMessage().contains("jobs.tmeout"), e.getMessage());
    assertTrue(e.getMessage().contains("Spark conf"), e.getMessage());
  }
}
