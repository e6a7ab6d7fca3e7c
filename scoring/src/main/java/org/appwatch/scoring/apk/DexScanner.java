package org.appwatch.scoring.apk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.dexbacked.DexBackedClassDef;
import org.jf.dexlib2.dexbacked.DexBackedDexFile;
import org.jf.dexlib2.dexbacked.DexBackedMethod;
import org.jf.dexlib2.dexbacked.reference.DexBackedFieldReference;
import org.jf.dexlib2.dexbacked.reference.DexBackedMethodReference;
import org.jf.dexlib2.iface.MethodImplementation;
import org.jf.dexlib2.iface.instruction.Instruction;
import org.jf.dexlib2.iface.instruction.ReferenceInstruction;
import org.jf.dexlib2.iface.reference.FieldReference;
import org.jf.dexlib2.iface.reference.MethodReference;
import org.jf.dexlib2.iface.reference.Reference;
import org.jf.dexlib2.iface.reference.StringReference;

/**
 * Reads class names and sensitive-API references from DEX files with dexlib2. The reference pools
 * (method, field and string ids) are checked first; the bytecode of a DEX is walked only when a
 * pool names a sensitive API, which most DEX files of small apps do not.
 *
 * <p>Accumulates over several DEX files (multidex, nested APKs); not thread-safe.
 */
final class DexScanner {
  private final SensitiveApiTable table;
  private final Set<String> classes = new TreeSet<>();
  private final Map<SensitiveApiTable.Entry, Set<String>> callers =
      new TreeMap<>((a, b) -> a.id().compareTo(b.id()));

  DexScanner(SensitiveApiTable table) {
    this.table = table;
  }

  /**
   * Adds the classes and API uses of one DEX file.
   *
   * @return the number of classes it defines
   * @throws ApkProblem {@code DEX_MALFORMED} when dexlib2 cannot read it
   */
  int scan(String entry, byte[] bytes) throws ApkProblem {
    try {
      DexBackedDexFile dex = new DexBackedDexFile(Opcodes.getDefault(), bytes);
      int count = 0;
      for (DexBackedClassDef def : dex.getClasses()) {
        classes.add(dottedName(def.getType()));
        count++;
      }
      if (namesSensitiveApi(dex)) {
        walkCode(dex);
      }
      return count;
    } catch (RuntimeException e) {
      // dexlib2 signals bad offsets, magic or versions with assorted runtime exceptions.
      throw new ApkProblem(ApkErrorCode.DEX_MALFORMED, entry + ": " + e);
    }
  }

  private boolean namesSensitiveApi(DexBackedDexFile dex) {
    for (DexBackedMethodReference m : dex.getMethodSection()) {
      if (table.member(m.getDefiningClass(), m.getName()) != null) {
        return true;
      }
    }
    for (DexBackedFieldReference f : dex.getFieldSection()) {
      if (table.member(f.getDefiningClass(), f.getName()) != null) {
        return true;
      }
    }
    for (String s : dex.getStringSection()) {
      if (table.string(s) != null) {
        return true;
      }
    }
    return false;
  }

  private void walkCode(DexBackedDexFile dex) {
    for (DexBackedClassDef def : dex.getClasses()) {
      String caller = dottedName(def.getType());
      for (DexBackedMethod method : def.getMethods()) {
        MethodImplementation code = method.getImplementation();
        if (code == null) {
          continue;
        }
        for (Instruction instruction : code.getInstructions()) {
          if (instruction instanceof ReferenceInstruction ri) {
            SensitiveApiTable.Entry hit = lookup(ri.getReference());
            if (hit != null) {
              callers.computeIfAbsent(hit, k -> new TreeSet<>()).add(caller);
            }
          }
        }
      }
    }
  }

  private SensitiveApiTable.Entry lookup(Reference reference) {
    if (reference instanceof MethodReference m) {
      return table.member(m.getDefiningClass(), m.getName());
    }
    if (reference instanceof FieldReference f) {
      return table.member(f.getDefiningClass(), f.getName());
    }
    if (reference instanceof StringReference s) {
      return table.string(s.getString());
    }
    return null;
  }

  /** All class names seen so far, dotted, sorted. */
  List<String> classes() {
    return List.copyOf(classes);
  }

  List<SensitiveApi> sensitiveApis() {
    List<SensitiveApi> out = new ArrayList<>();
    callers.forEach(
        (e, who) -> out.add(new SensitiveApi(e.id(), e.kind(), e.api(), List.copyOf(who))));
    return out;
  }

  /** {@code Lcom/example/Foo$Bar;} to {@code com.example.Foo$Bar}. */
  static String dottedName(String descriptor) {
    int end = descriptor.endsWith(";") ? descriptor.length() - 1 : descriptor.length();
    int start = descriptor.startsWith("L") ? 1 : 0;
    return descriptor.substring(start, end).replace('/', '.');
  }
}
