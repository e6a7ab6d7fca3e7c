package org.appwatch.localstore.corpus;

import java.util.List;
import java.util.Map;

/**
 * A real third-party SDK the generator can embed: its identifying class names, manifest entries,
 * the permissions it needs, and what a policy would say it receives. Loaded from {@code sdks.yaml}.
 *
 * @param id stable id written to ground truth, e.g. {@code umeng-analytics}
 * @param category one of ads, analytics, push, location, social-login, payment, crash, map
 * @param weight relative adoption among generated apps
 * @param source where the identifying names were checked (Exodus / LibChecker ids)
 * @param metaData meta-data key to the kind of value generated for it (hex24, channel, ...)
 * @param categories app categories that favour this SDK
 */
public record Sdk(
    String id,
    String name,
    String nameZh,
    String vendor,
    String category,
    int weight,
    String source,
    List<String> classes,
    Map<String, String> metaData,
    List<ComponentDef> components,
    List<String> permissions,
    List<String> categories,
    List<String> dataZh) {

  public Sdk {
    metaData = metaData == null ? Map.of() : metaData;
    components = components == null ? List.of() : components;
    permissions = permissions == null ? List.of() : permissions;
    categories = categories == null ? List.of() : categories;
    dataZh = dataZh == null ? List.of() : dataZh;
  }

  /** A manifest component the SDK declares. */
  public record ComponentDef(String kind, String name, boolean exported, List<String> actions) {
    public ComponentDef {
      actions = actions == null ? List.of() : actions;
    }
  }

  /** True for SDKs whose use implies targeted content (M3.6): ads and push. */
  public boolean targeting() {
    return category.equals("ads") || category.equals("push");
  }

  /** True for SDKs that determine the device's location. */
  public boolean locating() {
    return category.equals("location") || category.equals("map");
  }
}
