package org.appwatch.localstore.apk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jf.dexlib2.AccessFlags;
import org.jf.dexlib2.Opcode;
import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.base.reference.BaseMethodReference;
import org.jf.dexlib2.builder.MethodImplementationBuilder;
import org.jf.dexlib2.builder.instruction.BuilderInstruction10x;
import org.jf.dexlib2.builder.instruction.BuilderInstruction35c;
import org.jf.dexlib2.iface.reference.MethodReference;
import org.jf.dexlib2.writer.builder.BuilderMethod;
import org.jf.dexlib2.writer.builder.BuilderMethodReference;
import org.jf.dexlib2.writer.builder.DexBuilder;
import org.jf.dexlib2.writer.io.MemoryDataStore;

/**
 * Writes a {@code classes.dex} with one public class per name, each extending {@code Object} with a
 * public no-argument constructor: enough for SDK detection by class prefix, and verifiable by the
 * runtime. Duplicate names collapse to one class; the output depends only on the name set.
 *
 * <p>Uses dexlib2's {@link DexBuilder} (the writer behind DexPool without the Guava-typed
 * constructor overloads, Guava being only a runtime dependency of dexlib2).
 */
final class DexClasses {
  private static final String OBJECT = "Ljava/lang/Object;";
  // Dex format 035 is read by every Android release and every tool.
  private static final Opcodes OPCODES = Opcodes.forApi(21);
  private static final int CONSTRUCTOR_FLAGS =
      AccessFlags.PUBLIC.getValue() | AccessFlags.CONSTRUCTOR.getValue();

  private static final MethodReference OBJECT_INIT =
      new BaseMethodReference() {
        @Override
        public String getDefiningClass() {
          return OBJECT;
        }

        @Override
        public String getName() {
          return "<init>";
        }

        @Override
        public List<String> getParameterTypes() {
          return List.of();
        }

        @Override
        public String getReturnType() {
          return "V";
        }
      };

  private DexClasses() {}

  /**
   * @param classNames dotted binary names such as {@code com.umeng.analytics.MobclickAgent}
   */
  static byte[] compile(Collection<String> classNames) {
    Set<String> unique = new LinkedHashSet<>(classNames);
    DexBuilder dex = new DexBuilder(OPCODES);
    BuilderMethodReference superInit = dex.internMethodReference(OBJECT_INIT);
    for (String name : unique) {
      String type = descriptor(name);
      MethodImplementationBuilder code = new MethodImplementationBuilder(1);
      code.addInstruction(
          new BuilderInstruction35c(Opcode.INVOKE_DIRECT, 1, 0, 0, 0, 0, 0, superInit));
      code.addInstruction(new BuilderInstruction10x(Opcode.RETURN_VOID));
      BuilderMethod constructor =
          dex.internMethod(
              type,
              "<init>",
              List.of(),
              "V",
              CONSTRUCTOR_FLAGS,
              Set.of(),
              Set.of(),
              code.getMethodImplementation());
      dex.internClassDef(
          type,
          AccessFlags.PUBLIC.getValue(),
          OBJECT,
          List.of(),
          null,
          Set.of(),
          List.of(),
          List.of(constructor));
    }
    MemoryDataStore store = new MemoryDataStore(64 * 1024 + unique.size() * 128);
    try {
      dex.writeTo(store);
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
