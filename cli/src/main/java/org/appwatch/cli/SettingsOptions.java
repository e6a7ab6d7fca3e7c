package org.appwatch.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.appwatch.jobs.JobSettings;
import org.appwatch.model.Settings;
import picocli.CommandLine.Option;

/** The options every command shares: a config file and the work directory. */
final class SettingsOptions {

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "YAML file of settings (keys as in appwatch-defaults.yaml).")
  Path config;

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description = "Where crawls, evidence, datasets and reports go (default: ${DEFAULT-VALUE}).",
      defaultValue = "appwatch-work")
  Path workDir;

  /**
   * Resolves settings in the documented order: the command's own options over the config file over
   * {@code spark.appwatch.*} system properties over the defaults.
   */
  Settings resolve(Map<String, String> commandOptions) {
    Map<String, String> layer = new LinkedHashMap<>(commandOptions);
    layer.put("work.dir", workDir.toString());
    return JobSettings.resolve(new SparkConf(), config, layer);
  }
}
