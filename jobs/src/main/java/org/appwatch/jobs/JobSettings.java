package org.appwatch.jobs;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.appwatch.model.Settings;
import scala.Tuple2;

/**
 * The one place where appwatch's settings are layered, in the documented order: command-line option
 * &gt; config file &gt; Spark conf &gt; defaults file. Spark conf entries {@code
 * spark.appwatch.<key>} set {@code <key>} (e.g. {@code --conf spark.appwatch.jobs.apk-features
 * .timeout=5m} under {@code spark-submit}); other Spark entries are Spark's own and are ignored.
 */
public final class JobSettings {

  /** The prefix that marks a Spark conf entry as an appwatch setting. */
  public static final String SPARK_PREFIX = "spark.appwatch.";

  private JobSettings() {}

  /**
   * Resolves the settings.
   *
   * @param sparkConf Spark's configuration; {@code new SparkConf()} reads the {@code spark.*}
   *     system properties that {@code spark-submit} sets, before any session exists
   * @param configFile a YAML config file, or null
   * @param options command-line options as dotted keys
   * @throws org.appwatch.model.SettingsException naming a key the defaults file does not define,
   *     wherever it was given
   */
  public static Settings resolve(
      SparkConf sparkConf, Path configFile, Map<String, String> options) {
    Settings settings = Settings.defaults().with(appwatchEntries(sparkConf), "Spark conf");
    if (configFile != null) {
      settings = settings.withFile(configFile);
    }
    return settings.with(options, "command-line options");
  }

  /** The {@code spark.appwatch.*} entries of {@code conf}, without the prefix. */
  static Map<String, String> appwatchEntries(SparkConf conf) {
    Map<String, String> entries = new LinkedHashMap<>();
    for (Tuple2<String, String> entry : conf.getAllWithPrefix(SPARK_PREFIX)) {
      entries.put(entry._1(), entry._2());
    }
    return entries;
  }
}
