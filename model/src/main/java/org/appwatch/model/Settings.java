package org.appwatch.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * appwatch's settings, resolved in one place and one order: command-line option &gt; config file
 * &gt; Spark conf &gt; the commented defaults file {@code appwatch-defaults.yaml}. Every key must
 * exist in the defaults file, so a misspelt key in a config file is an error rather than a silent
 * default. Immutable.
 */
public final class Settings {

  private static final String DEFAULTS = "appwatch-defaults.yaml";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** The defaults alone. */
  public static Settings defaults() {
    try (InputStream in = Settings.class.getResourceAsStream(DEFAULTS)) {
      return new Settings(flatten(YAML.readTree(Objects.requireNonNull(in, DEFAULTS))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in " + DEFAULTS, e);
    }
  }

  /**
   * Layers {@code layer} over these settings.
   *
   * @throws SettingsException naming the first key that the defaults file does not define
   */
  public Settings with(Map<String, String> layer, String source) {
    Map<String, String> merged = new LinkedHashMap<>(values);
    for (Map.Entry<String, String> e : layer.entrySet()) {
      if (!values.containsKey(e.getKey())) {
        throw new SettingsException(
            "unknown setting '" + e.getKey() + "' in " + source + " (see " + DEFAULTS + ")");
      }
      merged.put(e.getKey(), e.getValue());
    }
    return new Settings(merged);
  }

  /** Layers a YAML config file (nested maps or dotted keys) over these settings. */
  public Settings withFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new SettingsException("config file not found: " + file);
    }
    try {
      return with(flatten(YAML.readTree(file.toFile())), file.toString());
    } catch (IOException e) {
      throw new SettingsException("config file " + file + " is not valid YAML: " + e.getMessage());
    }
  }

  public String get(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new SettingsException("unknown setting '" + key + "'");
    }
    return value;
  }

  public int getInt(String key) {
    return parse(key, Integer::parseInt, "a whole number");
  }

  public long getLong(String key) {
    return parse(key, Long::parseLong, "a whole number");
  }

  public Duration getDuration(String key) {
    return parse(key, Units::duration, "a duration such as 500ms, 30s or 5m");
  }

  public long getBytes(String key) {
    return parse(key, Units::bytes, "a size such as 512KB, 64MB or 2GB");
  }

  public List<String> getList(String key) {
    String value = get(key);
    return value.isBlank() ? List.of() : List.of(value.split(","));
  }

  public Path getPath(String key) {
    return Path.of(get(key));
  }

  private <T> T parse(String key, java.util.function.Function<String, T> parser, String expected) {
    String value = get(key);
    try {
      return parser.apply(value.trim());
    } catch (RuntimeException e) {
      throw new SettingsException("setting '" + key + "' is '" + value + "', expected " + expected);
    }
  }

  private static Map<String, String> flatten(JsonNode root) {
    Map<String, String> out = new LinkedHashMap<>();
    if (root != null && !root.isMissingNode() && !root.isNull()) {
      flatten("", root, out);
    }
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        flatten(
            prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(),
            field.getValue(),
            out);
      }
    } else if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(item -> items.add(item.asText()));
      out.put(prefix, String.join(",", items));
    } else {
      out.put(prefix, node.isNull() ? "" : node.asText());
    }
  }
}
