package org.appwatch.localstore.apk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes Android binary XML (the compiled form of {@code AndroidManifest.xml}) with the single
 * {@code android:} namespace. Elements are recorded first and encoded by {@link #toByteArray}
 * because the string pool and resource map must precede them.
 *
 * <p>Not thread-safe; one instance per document.
 */
final class BinaryXml {
  static final String ANDROID_URI = "http://schemas.android.com/apk/res/android";

  private static final int RES_XML_TYPE = 0x0003;
  private static final int RES_XML_RESOURCE_MAP_TYPE = 0x0180;
  private static final int RES_XML_START_NAMESPACE_TYPE = 0x0100;
  private static final int RES_XML_END_NAMESPACE_TYPE = 0x0101;
  private static final int RES_XML_START_ELEMENT_TYPE = 0x0102;
  private static final int RES_XML_END_ELEMENT_TYPE = 0x0103;
  private static final int NODE_HEADER_SIZE = 16;
  private static final int ATTRIBUTE_SIZE = 20;
  private static final int NONE = -1;

  static final int TYPE_REFERENCE = 0x01;
  static final int TYPE_STRING = 0x03;
  static final int TYPE_INT_DEC = 0x10;
  static final int TYPE_INT_BOOLEAN = 0x12;

  /**
   * One attribute. {@code resourceId} 0 means a plain attribute without namespace (such as the
   * manifest's {@code package}); otherwise it is an {@code android:} attribute.
   */
  record Attribute(String name, int resourceId, int type, int data, String string) {
    static Attribute plain(String name, String value) {
      return new Attribute(name, 0, TYPE_STRING, 0, value);
    }

    static Attribute string(String name, int resourceId, String value) {
      return new Attribute(name, resourceId, TYPE_STRING, 0, value);
    }

    static Attribute typed(String name, int resourceId, int type, int data) {
      return new Attribute(name, resourceId, type, data, null);
    }
  }

  private record Node(String name, List<Attribute> attributes) {} // attributes null: end tag

  private final List<Node> nodes = new ArrayList<>();
  private int depth;

  /** Opens an element; close it with {@link #end}. */
  BinaryXml start(String name, List<Attribute> attributes) {
    // Android's attribute lookup walks attributes in ascending resource-id order.
    List<Attribute> sorted = new ArrayList<>(attributes);
    sorted.sort(Comparator.comparingInt(Attribute::resourceId));
    nodes.add(new Node(name, List.copyOf(sorted)));
    depth++;
    return this;
  }

  BinaryXml end(String name) {
    nodes.add(new Node(name, null));
    depth--;
    return this;
  }

  byte[] toByteArray() {
    if (depth != 0) {
      throw new IllegalStateException("unclosed elements: " + depth);
    }
    StringPool pool = new StringPool();
    List<Integer> resourceIds = new ArrayList<>();
    // The resource map covers the first strings of the pool, so mapped names go in first.
    nodes.stream()
        .filter(n -> n.attributes() != null)
        .flatMap(n -> n.attributes().stream())
        .filter(a -> a.resourceId() != 0)
        .forEach(
            a -> {
              if (pool.add(a.name()) == resourceIds.size()) {
                resourceIds.add(a.resourceId());
              }
            });
    pool.add("android");
    pool.add(ANDROID_URI);
    for (Node node : nodes) {
      pool.add(node.name());
      if (node.attributes() != null) {
        for (Attribute a : node.attributes()) {
          pool.add(a.name());
          if (a.string() != null) {
            pool.add(a.string());
          }
        }
      }
    }

    ChunkBuffer out = new ChunkBuffer();
    int document = out.startChunk(RES_XML_TYPE, 8);
    pool.writeTo(out);
    int map = out.startChunk(RES_XML_RESOURCE_MAP_TYPE, 8);
    resourceIds.forEach(out::u32);
    out.endChunk(map);
    namespace(out, RES_XML_START_NAMESPACE_TYPE, pool);
    int line = 1;
    for (Node node : nodes) {
      if (node.attributes() == null) {
        int chunk = out.startChunk(RES_XML_END_ELEMENT_TYPE, NODE_HEADER_SIZE);
        out.u32(line).u32(NONE).u32(NONE).u32(pool.indexOf(node.name()));
        out.endChunk(chunk);
      } else {
        startElement(out, pool, node, line++);
      }
    }
    namespace(out, RES_XML_END_NAMESPACE_TYPE, pool);
    out.endChunk(document);
    return out.toByteArray();
  }

  private static void startElement(ChunkBuffer out, StringPool pool, Node node, int line) {
    int chunk = out.startChunk(RES_XML_START_ELEMENT_TYPE, NODE_HEADER_SIZE);
    out.u32(line).u32(NONE);
    out.u32(NONE).u32(pool.indexOf(node.name()));
    out.u16(20).u16(ATTRIBUTE_SIZE).u16(node.attributes().size());
    out.u16(0).u16(0).u16(0); // id, class and style attribute indexes: none
    for (Attribute a : node.attributes()) {
      out.u32(a.resourceId() == 0 ? NONE : pool.indexOf(ANDROID_URI));
      out.u32(pool.indexOf(a.name()));
      int raw = a.string() == null ? NONE : pool.indexOf(a.string());
      out.u32(raw);
      out.u16(8).u8(0).u8(a.type()).u32(a.string() == null ? a.data() : raw);
    }
    out.endChunk(chunk);
  }

  private static void namespace(ChunkBuffer out, int type, StringPool pool) {
    int chunk = out.startChunk(type, NODE_HEADER_SIZE);
    out.u32(1).u32(NONE).u32(pool.indexOf("android")).u32(pool.indexOf(ANDROID_URI));
    out.endChunk(chunk);
  }
}
