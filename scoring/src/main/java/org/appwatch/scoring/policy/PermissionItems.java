package org.appwatch.scoring.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps an Android runtime permission to the sensitive item ({@link
 * PolicyValues.SensitiveItem#item()}) a policy names it by, from {@code permission-items.tsv}. Used
 * to compare the permissions an APK declares with the items a policy gives a purpose for (M2.3).
 * Loaded once; thread-safe.
 */
public final class PermissionItems {

  private static final Map<String, String> ITEMS = load();

  private PermissionItems() {}

  /** The item for a full permission name, or null when the permission is not a sensitive one. */
  public static String itemOf(String androidPermission) {
    return ITEMS.get(androidPermission);
  }

  private static Map<String, String> load() {
    try (InputStream in = PermissionItems.class.getResourceAsStream("permission-items.tsv")) {
      Map<String, String> map = new HashMap<>();
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .forEach(
              l -> {
                String[] cols = l.split("\t");
                map.put(cols[0].strip(), cols[1].strip());
              });
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
