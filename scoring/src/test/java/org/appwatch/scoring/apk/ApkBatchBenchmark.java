package org.appwatch.scoring.apk;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.appwatch.localstore.apk.ApkSpec;
import org.appwatch.localstore.apk.ApkSpec.Component;
import org.appwatch.localstore.apk.ApkSpec.Component.Kind;
import org.appwatch.localstore.apk.ApkSpec.SignerIdentity;
import org.appwatch.localstore.apk.ApkSpec.UsesPermission;
import org.appwatch.scoring.apk.bench.ApkBatch;

/**
 * The 10,000-file batch run (a benchmark, not a test): writes {@code --count} APKs to a directory,
 * every {@code --hostile-every}-th one a hostile file of the kinds {@link HostileApkTest} checks,
 * then runs {@link ApkBatch} over the directory and prints its figures. Run with a small heap
 * ({@code -Xmx256m}) to see memory stay bounded.
 *
 * <pre>
 * java -Xmx256m -cp ... org.appwatch.scoring.apk.ApkBatchBenchmark --count 10000 [--dir D]
 *   [--hostile-every 25] [--threads 1]
 * </pre>
 *
 * An existing {@code --dir} with files is analysed as it is (no regeneration).
 */
public final class ApkBatchBenchmark {
  private ApkBatchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = 10_000;
    int hostileEvery = 25;
    int threads = 1;
    Path dir = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--count" -> count = Integer.parseInt(args[++i]);
        case "--hostile-every" -> hostileEvery = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (dir == null) {
      dir = Files.createTempDirectory("apk-batch");
    }
    Files.createDirectories(dir);
    try (var s = Files.list(dir)) {
      if (s.findAny().isEmpty()) {
        long t0 = System.nanoTime();
        generate(dir, count, hostileEvery);
        System.out.printf(
            "generated %,d files in %s in %.0f s%n", count, dir, (System.nanoTime() - t0) / 1e9);
      }
    }
    ApkBatch.print(ApkBatch.run(List.of(dir), threads, null, System.out), System.out);
  }

  static void generate(Path dir, int count, int hostileEvery) throws Exception {
    byte[] good = TestApks.WRITER.write(TestApks.legacy(0));
    Map<String, byte[]> entries = TestApks.entries(good);
    List<UnaryOperator<byte[]>> hostile = hostileKinds(entries);
    for (int n = 0; n < count; n++) {
      byte[] bytes =
          hostileEvery > 0 && n % hostileEvery == hostileEvery - 1
              ? hostile.get(n / hostileEvery % hostile.size()).apply(good)
              : TestApks.WRITER.write(app(n));
      Files.write(dir.resolve(String.format("app-%05d.apk", n)), bytes);
    }
  }

  /** A small app, varied by {@code n}: its SDK classes, permissions, signer and size. */
  private static ApkSpec app(int n) {
    String[] sdks = {"com.umeng.analytics", "com.igexin.sdk", "com.qq.e.ads", "com.baidu.mobads"};
    String pkg = "com.batch.app" + n;
    Map<String, String> strings = new LinkedHashMap<>();
    strings.put("consent", "请阅读《用户协议》和《隐私政策》");
    strings.put("agree", n % 3 == 0 ? "同意" : "好的");
    return new ApkSpec(
        pkg,
        n + 1,
        "1." + n,
        21,
        33,
        "Batch " + n,
        List.of(
            new UsesPermission("android.permission.INTERNET", null),
            new UsesPermission(
                n % 2 == 0
                    ? "android.permission.READ_PHONE_STATE"
                    : "android.permission.ACCESS_FINE_LOCATION",
                null)),
        List.of(new Component(Kind.ACTIVITY, pkg + ".Main", true, List.of())),
        Map.of("UMENG_APPKEY", "k" + n),
        TestApks.classes(pkg + ".ui", 100 + n % 400, sdks[n % sdks.length], 20 + n % 80),
        strings,
        new SignerIdentity(7L, n % 16, "Batch developer " + n % 16));
  }

  /** The hostile kinds, each made from a good APK; the same surgery as {@link HostileApkTest}. */
  private static List<UnaryOperator<byte[]>> hostileKinds(Map<String, byte[]> entries) {
    return List.of(
        good -> "not an APK".getBytes(StandardCharsets.UTF_8),
        good -> Arrays.copyOf(good, good.length / 2),
        good -> {
          Map<String, byte[]> e = new LinkedHashMap<>(entries);
          e.put("assets/zeros.bin", new byte[64 << 20]);
          return TestApks.zip(e, true);
        },
        good -> ZipSurgery.declareSize(TestApks.zip(entries, true), "AndroidManifest.xml", 100),
        good -> {
          Map<String, byte[]> e = new LinkedHashMap<>(entries);
          e.put("../../../../data/local/tmp/evil.so", new byte[] {1, 2, 3});
          return TestApks.zip(e, false);
        },
        good -> ZipSurgery.prepend(entries.get("classes.dex"), good),
        good -> {
          byte[] xml = entries.get("AndroidManifest.xml").clone();
          ByteBuffer.wrap(xml).order(ByteOrder.LITTLE_ENDIAN).putInt(12, 0x7fffff00);
          Map<String, byte[]> e = new LinkedHashMap<>(entries);
          e.put("AndroidManifest.xml", xml);
          return TestApks.zip(e, true);
        },
        good -> {
          Map<String, byte[]> e = new LinkedHashMap<>(entries);
          e.remove("AndroidManifest.xml");
          return TestApks.zip(e, true);
        },
        good -> {
          Map<String, byte[]> e = new LinkedHashMap<>(entries);
          e.put("classes.dex", "dex\n035\0 but nothing after".getBytes(StandardCharsets.UTF_8));
          return TestApks.zip(e, true);
        },
        good -> {
          byte[] noise = new byte[4096];
          new Random(good.length).nextBytes(noise);
          return noise;
        });
  }
}
