package org.appwatch.scoring.apk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pinned permission table ({@code permissions.json}; its {@code sources} field says where each
 * column comes from; {@code dev/permissions-table.py} regenerates it). Thread-safe, immutable.
 */
public final class PermissionTable {
  private static final PermissionTable PINNED = load();

  private final Map<String, PermissionFacts> byName;

  private PermissionTable(Map<String, PermissionFacts> byName) {
    this.byName = byName;
  }

  /** The table shipped with appwatch. */
  public static PermissionTable pinned() {
    return PINNED;
  }

  /** What is known of {@code permission}; unknown ones get null level and group, no kinds. */
  public PermissionFacts facts(String permission) {
    PermissionFacts known = byName.get(permission);
    return known != null ? known : new PermissionFacts(permission, null, null, List.of());
  }

  private static PermissionTable load() {
    try (InputStream in = PermissionTable.class.getResourceAsStream("permissions.json")) {
      Map<String, PermissionFacts> byName = new HashMap<>();
      for (Map<String, Object> p : FlatJsonRows.read(in, "permissions")) {
        @SuppressWarnings("unchecked")
        List<String> kinds = (List<String>) p.get("kinds");
        String name = (String) p.get("name");
        byName.put(
            name,
            new PermissionFacts(
                name,
                (String) p.get("protectionLevel"),
                (String) p.get("group"),
                List.copyOf(kinds)));
      }
      return new PermissionTable(byName);
    } catch (IOException e) {
      throw new UncheckedIOException("permissions.json unreadable", e);
    }
  }
}
