package org.appwatch.searchnode;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search node's command line: {@code --data DIR --port P [--setting key=value]...
 * [--ignore-stdin]}. Port 0 lets the system pick a free port, which the READY line then reports.
 *
 * @param data where the node keeps its data, logs and configuration; created if absent
 * @param port the HTTP port on 127.0.0.1, or 0 for any free port
 * @param settings extra Elasticsearch node settings, applied over appwatch's defaults
 * @param watchStdin whether the node stops when its standard input closes (the default, so a node
 *     started by a process that dies is not left behind)
 */
public record SearchNodeOptions(
    Path data, int port, Map<String, String> settings, boolean watchStdin) {

  public SearchNodeOptions {
    settings = Map.copyOf(settings);
  }

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException naming the first argument that is missing or malformed
   */
  public static SearchNodeOptions parse(String... args) {
    Path data = null;
    int port = -1;
    Map<String, String> settings = new LinkedHashMap<>();
    boolean watchStdin = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--data" -> data = Path.of(value(args, ++i, "--data"));
        case "--port" -> port = port(value(args, ++i, "--port"));
        case "--setting" -> {
          String setting = value(args, ++i, "--setting");
          int eq = setting.indexOf('=');
          if (eq <= 0) {
            throw new IllegalArgumentException("--setting expects key=value, got " + setting);
          }
          settings.put(setting.substring(0, eq), setting.substring(eq + 1));
        }
        case "--ignore-stdin" -> watchStdin = false;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (data == null || port < 0) {
      throw new IllegalArgumentException(
          "usage: SearchNodeMain --data DIR --port P [--setting key=value]... [--ignore-stdin]");
    }
    return new SearchNodeOptions(data.toAbsolutePath(), port, settings, watchStdin);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int port(String value) {
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("--port out of range: " + value);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--port expects a number, got " + value, e);
    }
  }
}
