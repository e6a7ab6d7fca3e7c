package org.appwatch.scoring.apk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jf.dexlib2.AccessFlags;
import org.jf.dexlib2.Opcode;
import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.builder.MethodImplementationBuilder;
import org.jf.dexlib2.builder.instruction.BuilderInstruction10x;
import org.jf.dexlib2.builder.instruction.BuilderInstruction21c;
import org.jf.dexlib2.builder.instruction.BuilderInstruction35c;
import org.jf.dexlib2.immutable.reference.ImmutableMethodReference;
import org.jf.dexlib2.writer.builder.DexBuilder;
import org.jf.dexlib2.writer.io.MemoryDataStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sensitive API references are found in bytecode and blamed on the calling class. */
class SensitiveApiTest {
  @TempDir Path dir;

  @Test
  void findsDeviceIdAndAndroidIdReadsWithTheirCallers() throws Exception {
    DexBuilder dex = new DexBuilder(Opcodes.forApi(21));
    method(
        dex,
        "Lcom/umeng/commonsdk/DeviceInfo;",
        "Landroid/telephony/TelephonyManager;",
        "getDeviceId",
        null);
    method(dex, "Lcom/igexin/sdk/Ids;", null, null, "android_id");
    method(dex, "Lcom/app/Main;", null, null, "hello");
    MemoryDataStore store = new MemoryDataStore();
    dex.writeTo(store);

    Map<String, byte[]> entries =
        new LinkedHashMap<>(TestApks.entries(TestApks.WRITER.write(TestApks.legacy(0))));
    entries.put("classes.dex", store.getData());
    Path apk = dir.resolve("apis.apk");
    Files.write(apk, TestApks.zip(entries, true));

    ApkReport report = ApkAnalyzer.analyze(apk);

    assertEquals(
        List.of("android-id", "telephony-device-id"),
        report.sensitiveApis().stream().map(SensitiveApi::id).toList());
    assertEquals(List.of("com.igexin.sdk.Ids"), report.sensitiveApis().get(0).callers());
    assertEquals(
        List.of("com.umeng.commonsdk.DeviceInfo"), report.sensitiveApis().get(1).callers());
    assertEquals("device-identifier", report.sensitiveApis().get(1).kind());
  }

  /** A class with one static method that calls {@code owner.name()} or loads {@code literal}. */
  private static void method(
      DexBuilder dex, String type, String owner, String name, String literal) {
    MethodImplementationBuilder code = new MethodImplementationBuilder(1);
    if (owner != null) {
      code.addInstruction(
          new BuilderInstruction35c(
              Opcode.INVOKE_VIRTUAL,
              1,
              0,
              0,
              0,
              0,
              0,
              dex.internMethodReference(
                  new ImmutableMethodReference(owner, name, List.of(), "Ljava/lang/String;"))));
    } else {
      code.addInstruction(
          new BuilderInstruction21c(Opcode.CONST_STRING, 0, dex.internStringReference(literal)));
    }
    code.addInstruction(new BuilderInstruction10x(Opcode.RETURN_VOID));
    var method =
        dex.internMethod(
            type,
            "run",
            List.of(),
            "V",
            AccessFlags.PUBLIC.getValue() | AccessFlags.STATIC.getValue(),
            Set.of(),
            Set.of(),
            code.getMethodImplementation());
    dex.internClassDef(
        type,
        AccessFlags.PUBLIC.getValue(),
        "Ljava/lang/Object;",
        List.of(),
        null,
        Set.of(),
        List.of(),
        List.of(method));
  }
}
