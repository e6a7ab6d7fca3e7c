package org.appwatch.scoring.apk;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming reader of Android binary XML (AXML), the format of a compiled {@code
 * AndroidManifest.xml}. Every chunk header is checked against the file before it is used, so a
 * malformed file ends in {@code MANIFEST_MALFORMED} rather than an exception from deep inside.
 * Attribute names are resolved through the resource map, as Android does, so that obfuscated (empty
 * or misleading) attribute names still yield the right attributes.
 */
final class BinaryXml {
  private static final int RES_XML_TYPE = 0x0003;
  private static final int RES_STRING_POOL_TYPE = 0x0001;
  private static final int RES_XML_RESOURCE_MAP_TYPE = 0x0180;
  private static final int RES_XML_START_ELEMENT_TYPE = 0x0102;
  private static final int RES_XML_END_ELEMENT_TYPE = 0x0103;
  private static final int MAX_DEPTH = 256;

  /** Receives elements in document order. */
  interface Visitor {
    void start(String name, List<XmlAttribute> attributes, int depth);

    void end(String name, int depth);
  }

  private BinaryXml() {}

  static void parse(byte[] bytes, int maxPoolStrings, Visitor visitor) throws ApkProblem {
    try {
      walk(ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), maxPoolStrings, visitor);
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw malformed("read beyond a chunk: " + e.getMessage());
    }
  }

  private static void walk(ByteBuffer buf, int maxPoolStrings, Visitor visitor) throws ApkProblem {
    if (buf.limit() < 8 || buf.getShort(0) != RES_XML_TYPE) {
      throw malformed("not binary XML");
    }
    int end = Math.min(buf.limit(), buf.getInt(4));
    StringPool pool = null;
    int[] resourceMap = new int[0];
    int depth = 0;
    int p = Short.toUnsignedInt(buf.getShort(2));
    while (p + 8 <= end) {
      int type = Short.toUnsignedInt(buf.getShort(p));
      int headerSize = Short.toUnsignedInt(buf.getShort(p + 2));
      int size = buf.getInt(p + 4);
      if (size < 8 || headerSize > size || (long) p + size > end) {
        throw malformed("chunk 0x" + Integer.toHexString(type) + " at " + p + " of size " + size);
      }
      switch (type) {
        case RES_STRING_POOL_TYPE ->
            pool =
                StringPool.open(
                    buf, p, maxPoolStrings, "AndroidManifest.xml", ApkErrorCode.MANIFEST_MALFORMED);
        case RES_XML_RESOURCE_MAP_TYPE -> resourceMap = resourceMap(buf, p, headerSize, size);
        case RES_XML_START_ELEMENT_TYPE -> {
          if (pool == null || ++depth > MAX_DEPTH) {
            throw malformed(pool == null ? "element before the string pool" : "nesting too deep");
          }
          visitor.start(
              name(pool, buf.getInt(p + 20)), attributes(buf, p, pool, resourceMap), depth);
        }
        case RES_XML_END_ELEMENT_TYPE -> {
          if (pool == null || depth == 0) {
            throw malformed("unbalanced end element");
          }
          visitor.end(name(pool, buf.getInt(p + 20)), depth--);
        }
        default -> {} // namespaces and CDATA carry nothing the analyser needs
      }
      p += size;
    }
    if (pool == null) {
      throw malformed("no string pool");
    }
  }

  private static int[] resourceMap(ByteBuffer buf, int p, int headerSize, int size) {
    int[] ids = new int[(size - headerSize) / 4];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = buf.getInt(p + headerSize + 4 * i);
    }
    return ids;
  }

  private static List<XmlAttribute> attributes(
      ByteBuffer buf, int p, StringPool pool, int[] resourceMap) throws ApkProblem {
    int headerSize = Short.toUnsignedInt(buf.getShort(p + 2));
    int size = buf.getInt(p + 4);
    int start = Short.toUnsignedInt(buf.getShort(p + 24));
    int attributeSize = Short.toUnsignedInt(buf.getShort(p + 26));
    int count = Short.toUnsignedInt(buf.getShort(p + 28));
    int first = p + headerSize + start;
    if (count > 0 && (attributeSize < 20 || first + (long) count * attributeSize > p + size)) {
      throw malformed("attributes beyond their element at " + p);
    }
    List<XmlAttribute> attributes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int a = first + i * attributeSize;
      int nameIndex = buf.getInt(a + 4);
      int id = nameIndex >= 0 && nameIndex < resourceMap.length ? resourceMap[nameIndex] : 0;
      int type = buf.get(a + 15) & 0xff;
      int data = buf.getInt(a + 16);
      String raw = pool.get(buf.getInt(a + 8));
      if (raw == null && type == XmlAttribute.TYPE_STRING) {
        raw = pool.get(data);
      }
      attributes.add(new XmlAttribute(name(pool, nameIndex), id, type, data, raw));
    }
    return attributes;
  }

  private static String name(StringPool pool, int index) {
    String name = pool.get(index);
    return name == null ? "" : name;
  }

  private static ApkProblem malformed(String message) {
    return new ApkProblem(ApkErrorCode.MANIFEST_MALFORMED, "AndroidManifest.xml: " + message);
  }
}
