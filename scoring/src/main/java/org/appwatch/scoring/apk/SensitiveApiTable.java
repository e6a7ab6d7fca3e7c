package org.appwatch.scoring.apk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The pinned table of sensitive APIs ({@code sensitive-apis.json}), indexed by the keys a DEX
 * reference gives: {@code Lowner;->member} for methods and fields, the literal for strings.
 */
final class SensitiveApiTable {
  /** One row of the table. */
  record Entry(String id, String kind, String api) {}

  private static final SensitiveApiTable PINNED = load();

  private final Map<String, Entry> members;
  private final Map<String, Entry> strings;

  private SensitiveApiTable(Map<String, Entry> members, Map<String, Entry> strings) {
    this.members = members;
    this.strings = strings;
  }

  static SensitiveApiTable pinned() {
    return PINNED;
  }

  /** The entry for a method or field named by its DEX owner descriptor and name, or null. */
  Entry member(String ownerDescriptor, String name) {
    return members.get(ownerDescriptor + "->" + name);
  }

  /** The entry for a const-string literal, or null. */
  Entry string(String literal) {
    return strings.get(literal);
  }

  private static SensitiveApiTable load() {
    try (InputStream in = SensitiveApiTable.class.getResourceAsStream("sensitive-apis.json")) {
      Map<String, Entry> members = new HashMap<>();
      Map<String, Entry> strings = new HashMap<>();
      for (Map<String, Object> api : FlatJsonRows.read(in, "apis")) {
        String owner = (String) api.get("owner");
        String member = (String) api.get("member");
        Entry entry =
            new Entry((String) api.get("id"), (String) api.get("kind"), owner + "->" + member);
        if ("string".equals(api.get("ref"))) {
          strings.put(member, entry);
        } else {
          members.put("L" + owner.replace('.', '/') + ";->" + member, entry);
        }
      }
      return new SensitiveApiTable(members, strings);
    } catch (IOException e) {
      throw new UncheckedIOException("sensitive-apis.json unreadable", e);
    }
  }
}
