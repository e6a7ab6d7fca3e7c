package org.appwatch.localstore.apk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.writer.io.MemoryDataStore;
import org.jf.dexlib2.writer.pool.DexPool;

/**
 * Writes a {@code classes.dex} with one {@link PlainClass} per name: enough for SDK detection by
 * class prefix, and verifiable by the runtime. Duplicate names collapse to one class; the output
 * depends only on the set of names (dexlib2 sorts classes).
 */
final class DexClasses {
  // Dex format 035 is read by every Android release and every tool.
  private static final Opcodes OPCODES = Opcodes.forApi(21);

  private DexClasses() {}

  /**
   * @param classNames dotted binary names such as {@code com.umeng.analytics.MobclickAgent}
   * @throws IllegalArgumentException for a name containing {@code /} or {@code ;}, or empty
   */
  static byte[] compile(Collection<String> classNames) {
    Set<String> unique = new LinkedHashSet<>(classNames);
    DexPool pool = new DexPool(OPCODES);
    for (String name : unique) {
      pool.internClass(new PlainClass(descriptor(name)));
    }
    MemoryDataStore store = new MemoryDataStore(64 * 1024 + unique.size() * 128);
    try {
      pool.writeTo(store);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory store: cannot happen
    }
    return store.getData();
  }

  static String descriptor(String dottedName) {
    if (dottedName.isEmpty() || dottedName.contains("/") || dottedName.contains(";")) {
      throw new IllegalArgumentException("not a class name: " + dottedName);
    }
    return "L" + dottedName.replace('.', '/') + ";";
  }
}
