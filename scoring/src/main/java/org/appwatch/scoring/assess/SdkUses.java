package org.appwatch.scoring.assess;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The categories of a multi-purpose SDK (WeChat OpenSDK: login, share, pay) that the APK shows the
 * app uses, by the evidence in {@code sdk-uses.tsv} (its header states the rules): a use is shown
 * by a manifest component only that use needs, or by its API class when no other use's class is in
 * the DEX; with several uses' classes it is only {@code possible-<category>}; without evidence it
 * is dropped. SDKs not in the table keep their catalogue categories. Immutable, thread-safe.
 */
final class SdkUses {

  private static final Map<String, Map<String, List<String>>> USES = load();

  private SdkUses() {}

  /**
   * The SDK's categories for this APK.
   *
   * @param classes the DEX's class names
   * @param components the manifest's component names
   */
  static List<String> categories(
      String sdkId, List<String> catalogue, Set<String> classes, Collection<String> components) {
    Map<String, List<String>> uses = USES.get(sdkId);
    if (uses == null) {
      return catalogue;
    }
    List<String> byClass = new ArrayList<>();
    List<String> byComponent = new ArrayList<>();
    uses.forEach(
        (use, evidence) -> {
          for (String e : evidence) {
            if (e.startsWith("component:")
                && components.stream().anyMatch(c -> c.endsWith(e.substring(10)))) {
              byComponent.add(use);
            } else if (e.startsWith("class:") && classes.contains(e.substring(6))) {
              byClass.add(use);
            }
          }
        });
    List<String> out = new ArrayList<>();
    for (String category : catalogue) {
      if (!uses.containsKey(category) || byComponent.contains(category)) {
        out.add(category);
      } else if (byClass.contains(category)) {
        boolean alone = byClass.stream().allMatch(category::equals);
        out.add(alone ? category : "possible-" + category);
      }
    }
    return List.copyOf(out);
  }

  private static Map<String, Map<String, List<String>>> load() {
    Map<String, Map<String, List<String>>> map = new LinkedHashMap<>();
    try (InputStream in = SdkUses.class.getResourceAsStream("sdk-uses.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        map.computeIfAbsent(cols[0], k -> new LinkedHashMap<>())
            .put(cols[1], List.of(cols[2].strip().split("\\|")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    map.replaceAll((k, v) -> Map.copyOf(v));
    return Map.copyOf(map);
  }
}
