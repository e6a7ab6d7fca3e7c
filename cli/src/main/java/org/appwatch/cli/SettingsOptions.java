package org.appwatch.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
   * the defaults.
   */
  Settings resolve(Map<String, String> commandOptions) {
    Settings settings = Settings.defaults();
    if (config != null) {
      settings = settings.withFile(config);
    }
    Map<String, String> layer = new LinkedHashMap<>(commandOptions);
    layer.put("work.dir", workDir.toString());
    return settings.with(layer, "command-line options");
  }
}
