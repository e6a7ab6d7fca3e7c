package org.appwatch.scoring.apk;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of {@code resources.arsc}, enough to resolve a manifest's {@code @string/...} (and
 * {@code @integer/...}) references the way {@code aapt dump badging} shows them: the value of the
 * default configuration, and per-locale values of locale-only configurations.
 *
 * <p>Opening indexes the package and type chunks (offsets only); values are read when asked for.
 * Every offset is checked: a reference that points nowhere resolves to null, never to an exception.
 */
final class ResourceTable {
  static final ResourceTable EMPTY = new ResourceTable(null, null);
  private static final int RES_TABLE_TYPE = 0x0002;
  private static final int RES_STRING_POOL_TYPE = 0x0001;
  private static final int RES_TABLE_PACKAGE_TYPE = 0x0200;
  private static final int RES_TABLE_TYPE_TYPE = 0x0201;
  private static final int MAX_HOPS = 8;

  private final ByteBuffer buf;
  private final StringPool strings;

  /** (package id << 8 | type id) to the type chunks of that type, in file order. */
  private final Map<Integer, List<TypeChunk>> types = new HashMap<>();

  private ResourceTable(ByteBuffer buf, StringPool strings) {
    this.buf = buf;
    this.strings = strings;
  }

  /**
   * Indexes {@code arsc}.
   *
   * @throws ApkProblem {@code RESOURCES_MALFORMED} or {@code STRING_POOL_TOO_LARGE}
   */
  static ResourceTable open(byte[] arsc, ApkLimits limits) throws ApkProblem {
    ByteBuffer buf = ByteBuffer.wrap(arsc).order(ByteOrder.LITTLE_ENDIAN);
    try {
      if (arsc.length < 12 + 28 || buf.getShort(0) != RES_TABLE_TYPE) {
        throw malformed("not a resource table");
      }
      int pool = Short.toUnsignedInt(buf.getShort(2));
      if (pool + 28 > arsc.length || buf.getShort(pool) != RES_STRING_POOL_TYPE) {
        throw malformed("no value string pool");
      }
      ResourceTable table =
          new ResourceTable(
              buf,
              StringPool.open(
                  buf,
                  pool,
                  limits.maxPoolStrings(),
                  "resources.arsc",
                  ApkErrorCode.RESOURCES_MALFORMED));
      int end = Math.min(arsc.length, buf.getInt(4));
      for (Chunk c : Chunk.children(buf, 0, end)) {
        if (c.type() == RES_TABLE_PACKAGE_TYPE) {
          int packageId = buf.getInt(c.at() + 8) & 0xff;
          for (Chunk t : Chunk.children(buf, c.at(), c.at() + c.size())) {
            if (t.type() == RES_TABLE_TYPE_TYPE && t.headerSize() >= 20 + 4) {
              TypeChunk type = new TypeChunk(buf, t);
              table
                  .types
                  .computeIfAbsent(packageId << 8 | type.typeId(), k -> new ArrayList<>())
                  .add(type);
            }
          }
        }
      }
      return table;
    } catch (IndexOutOfBoundsException e) {
      throw malformed(e.getMessage());
    }
  }

  /** The value string pool, or null for {@link #EMPTY}. */
  StringPool strings() {
    return strings;
  }

  /**
   * {@code a} with a resource reference replaced by the default configuration's value (following
   * references to references); {@code a} itself when it is no reference or does not resolve.
   */
  XmlAttribute resolve(XmlAttribute a) {
    int type = a.type();
    int data = a.data();
    for (int hop = 0; hop < MAX_HOPS && type == XmlAttribute.TYPE_REFERENCE; hop++) {
      int[] value = value(data);
      if (value == null) {
        return hop == 0 ? a : new XmlAttribute(a.name(), a.resourceId(), type, data, null);
      }
      type = value[0];
      data = value[1];
    }
    String raw = type == XmlAttribute.TYPE_STRING ? strings.get(data) : null;
    return new XmlAttribute(a.name(), a.resourceId(), type, data, raw);
  }

  /**
   * Per locale tag ({@code zh}, {@code zh-CN}), the strings of {@code id} in locale-only configs.
   */
  Map<String, String> localized(int id) {
    Map<String, String> out = new LinkedHashMap<>();
    for (TypeChunk chunk : chunks(id)) {
      String locale = chunk.localeTag();
      int[] value = locale == null ? null : chunk.value(id & 0xffff);
      if (value != null && value[0] == XmlAttribute.TYPE_STRING && strings.get(value[1]) != null) {
        out.putIfAbsent(locale, strings.get(value[1]));
      }
    }
    return out;
  }

  /** {type, data} of {@code id} in the default config, else in the first config that has it. */
  private int[] value(int id) {
    int[] fallback = null;
    for (TypeChunk chunk : chunks(id)) {
      int[] value = chunk.value(id & 0xffff);
      if (value != null && chunk.isDefault()) {
        return value;
      }
      fallback = fallback == null ? value : fallback;
    }
    return fallback;
  }

  private List<TypeChunk> chunks(int id) {
    if (strings == null) {
      return List.of();
    }
    return types.getOrDefault(id >>> 24 << 8 | (id >>> 16 & 0xff), List.of());
  }

  private static ApkProblem malformed(String message) {
    return new ApkProblem(ApkErrorCode.RESOURCES_MALFORMED, "resources.arsc: " + message);
  }
}
