package org.appwatch.localstore.apk;

import java.util.List;
import java.util.Set;
import org.jf.dexlib2.AccessFlags;
import org.jf.dexlib2.HiddenApiRestriction;
import org.jf.dexlib2.Opcode;
import org.jf.dexlib2.base.reference.BaseMethodReference;
import org.jf.dexlib2.base.reference.BaseTypeReference;
import org.jf.dexlib2.iface.Annotation;
import org.jf.dexlib2.iface.ClassDef;
import org.jf.dexlib2.iface.ExceptionHandler;
import org.jf.dexlib2.iface.Field;
import org.jf.dexlib2.iface.Method;
import org.jf.dexlib2.iface.MethodImplementation;
import org.jf.dexlib2.iface.MethodParameter;
import org.jf.dexlib2.iface.TryBlock;
import org.jf.dexlib2.iface.debug.DebugItem;
import org.jf.dexlib2.iface.instruction.Instruction;
import org.jf.dexlib2.immutable.instruction.ImmutableInstruction10x;
import org.jf.dexlib2.immutable.instruction.ImmutableInstruction35c;

/**
 * A dexlib2 class definition: a public class extending {@code Object} whose only member is a public
 * no-argument constructor calling {@code super()}.
 *
 * <p>Hand-written rather than dexlib2's {@code Immutable*} types, whose constructor overloads are
 * typed with Guava, a runtime-only dependency of dexlib2. {@link #toString()} answers the
 * descriptor because dexlib2 sorts classes through it, and the default pretty-printing doubles the
 * time to write a dex.
 */
final class PlainClass extends BaseTypeReference implements ClassDef {
  private static final String OBJECT = "Ljava/lang/Object;";
  private static final MethodImplementation CALL_SUPER = new CallSuper();

  private final String type;
  private final List<Method> methods;

  /**
   * @param type a type descriptor such as {@code Lcom/x/Y;}
   */
  PlainClass(String type) {
    this.type = type;
    this.methods = List.of(new Constructor(type, CALL_SUPER));
  }

  @Override
  public String getType() {
    return type;
  }

  @Override
  public String toString() {
    return type;
  }

  @Override
  public int getAccessFlags() {
    return AccessFlags.PUBLIC.getValue();
  }

  @Override
  public String getSuperclass() {
    return OBJECT;
  }

  @Override
  public List<String> getInterfaces() {
    return List.of();
  }

  @Override
  public String getSourceFile() {
    return null;
  }

  @Override
  public Set<? extends Annotation> getAnnotations() {
    return Set.of();
  }

  @Override
  public Iterable<? extends Field> getStaticFields() {
    return List.of();
  }

  @Override
  public Iterable<? extends Field> getInstanceFields() {
    return List.of();
  }

  @Override
  public Iterable<? extends Field> getFields() {
    return List.of();
  }

  @Override
  public Iterable<? extends Method> getDirectMethods() {
    return methods;
  }

  @Override
  public Iterable<? extends Method> getVirtualMethods() {
    return List.of();
  }

  @Override
  public Iterable<? extends Method> getMethods() {
    return methods;
  }

  /** {@code invoke-direct {p0}, Object.<init>()V; return-void} in one register. */
  private static final class CallSuper implements MethodImplementation {
    private final List<Instruction> code =
        List.of(
            new ImmutableInstruction35c(
                Opcode.INVOKE_DIRECT, 1, 0, 0, 0, 0, 0, new Constructor(OBJECT, null)),
            new ImmutableInstruction10x(Opcode.RETURN_VOID));

    @Override
    public int getRegisterCount() {
      return 1;
    }

    @Override
    public Iterable<? extends Instruction> getInstructions() {
      return code;
    }

    @Override
    public List<? extends TryBlock<? extends ExceptionHandler>> getTryBlocks() {
      return List.of();
    }

    @Override
    public Iterable<? extends DebugItem> getDebugItems() {
      return List.of();
    }
  }

  /**
   * A public no-argument constructor of {@code type}; a bare method reference when code is null.
   */
  private static final class Constructor extends BaseMethodReference implements Method {
    private final String type;
    private final MethodImplementation code;

    Constructor(String type, MethodImplementation code) {
      this.type = type;
      this.code = code;
    }

    @Override
    public String getDefiningClass() {
      return type;
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
    public List<? extends MethodParameter> getParameters() {
      return List.of();
    }

    @Override
    public String getReturnType() {
      return "V";
    }

    @Override
    public int getAccessFlags() {
      return AccessFlags.PUBLIC.getValue() | AccessFlags.CONSTRUCTOR.getValue();
    }

    @Override
    public Set<? extends Annotation> getAnnotations() {
      return Set.of();
    }

    @Override
    public Set<HiddenApiRestriction> getHiddenApiRestrictions() {
      return Set.of();
    }

    @Override
    public MethodImplementation getImplementation() {
      return code;
    }
  }
}
