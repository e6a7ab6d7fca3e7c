package org.appwatch.scoring.apk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, PermissionFacts> byName = new HashMap<>();
      for (JsonNode p : root.get("permissions")) {
        List<String> kinds = new ArrayList<>();
        p.get("kinds").forEach(k -> kinds.add(k.asText()));
        String name = p.get("name").asText();
        JsonNode group = p.get("group");
        byName.put(
            name,
            new PermissionFacts(
                name,
                p.get("protectionLevel").asText(),
                group == null || group.isNull() ? null : group.asText(),
                List.copyOf(kinds)));
      }
      return new PermissionTable(byName);
    } catch (IOException e) {
      throw new UncheckedIOException("permissions.json unreadable", e);
    }
  }
}
