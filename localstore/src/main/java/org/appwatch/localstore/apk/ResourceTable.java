package org.appwatch.localstore.apk;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compiles a {@code resources.arsc} holding one package (id 0x7f) with one type, {@code string}, in
 * the default configuration: {@code app_name} first, then the spec's extra strings in order.
 */
final class ResourceTable {
  /** Resource id of {@code @string/app_name}: package 0x7f, type 1, entry 0. */
  static final int APP_NAME_ID = 0x7f010000;

  private static final int RES_TABLE_TYPE = 0x0002;
  private static final int RES_TABLE_PACKAGE_TYPE = 0x0200;
  private static final int RES_TABLE_TYPE_TYPE = 0x0201;
  private static final int RES_TABLE_TYPE_SPEC_TYPE = 0x0202;
  private static final int PACKAGE_HEADER_SIZE = 288;
  private static final int PACKAGE_NAME_CHARS = 128;
  private static final int CONFIG_SIZE = 64;
  private static final int TYPE_HEADER_SIZE = 20 + CONFIG_SIZE;
  private static final int STRING_TYPE_ID = 1;
  private static final int TYPE_STRING = 0x03;

  private ResourceTable() {}

  /**
   * @throws IllegalArgumentException if {@code strings} redefines {@code app_name} or the package
   *     name does not fit the table's 127-character field
   */
  static byte[] compile(String packageName, String appLabel, Map<String, String> strings) {
    if (strings.containsKey("app_name")) {
      throw new IllegalArgumentException("strings must not redefine app_name");
    }
    if (packageName.length() >= PACKAGE_NAME_CHARS) {
      throw new IllegalArgumentException("package name too long: " + packageName);
    }
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("app_name", appLabel);
    entries.putAll(strings);
    StringPool values = new StringPool();
    StringPool keys = new StringPool();
    StringPool types = new StringPool();
    types.add("string");
    entries.forEach(
        (key, value) -> {
          keys.add(key);
          values.add(value);
        });

    ChunkBuffer out = new ChunkBuffer();
    int table = out.startChunk(RES_TABLE_TYPE, 12);
    out.u32(1); // package count
    values.writeTo(out);
    int pkg = out.startChunk(RES_TABLE_PACKAGE_TYPE, PACKAGE_HEADER_SIZE);
    out.u32(0x7f);
    for (int i = 0; i < PACKAGE_NAME_CHARS; i++) {
      out.u16(i < packageName.length() ? packageName.charAt(i) : 0);
    }
    int offsets = out.position();
    out.u32(0).u32(1).u32(0).u32(keys.size()).u32(0); // type/key pool offsets patched below
    out.putU32(offsets, out.position() - pkg);
    types.writeTo(out);
    out.putU32(offsets + 8, out.position() - pkg);
    keys.writeTo(out);

    int spec = out.startChunk(RES_TABLE_TYPE_SPEC_TYPE, 16);
    out.u8(STRING_TYPE_ID).u8(0).u16(0).u32(entries.size());
    entries.forEach((key, value) -> out.u32(0)); // no configuration varies any entry
    out.endChunk(spec);

    int type = out.startChunk(RES_TABLE_TYPE_TYPE, TYPE_HEADER_SIZE);
    out.u8(STRING_TYPE_ID).u8(0).u16(0).u32(entries.size());
    out.u32(TYPE_HEADER_SIZE + 4 * entries.size()); // entries start
    out.u32(CONFIG_SIZE).bytes(new byte[CONFIG_SIZE - 4]); // default configuration
    int entrySize = 16;
    for (int i = 0; i < entries.size(); i++) {
      out.u32(i * entrySize);
    }
    entries.forEach(
        (key, value) -> {
          out.u16(8).u16(0).u32(keys.indexOf(key));
          out.u16(8).u8(0).u8(TYPE_STRING).u32(values.indexOf(value));
        });
    out.endChunk(type);
    out.endChunk(pkg);
    out.endChunk(table);
    return out.toByteArray();
  }
}
