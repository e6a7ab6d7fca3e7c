package org.appwatch.scoring.apk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.appwatch.localstore.apk.ApkSpec;
import org.appwatch.localstore.apk.ApkSpec.Component;
import org.appwatch.localstore.apk.ApkSpec.SignerIdentity;
import org.appwatch.localstore.apk.ApkSpec.UsesPermission;
import org.appwatch.localstore.apk.ApkWriter;
import org.appwatch.scoring.apk.ApkAnalyzer;
import org.appwatch.scoring.apk.ApkReport;
import org.appwatch.scoring.apk.ApkReportJson;

/**
 * Runs the analyser and Debian's aapt + apksigner + dexdump over the same APKs, one at a time, and
 * prints APKs/s, MB/s, the speed ratios and whether the answers agree. The analyser is timed twice:
 * in a fresh child JVM ({@link FreshJvmBatch}: JVM start, catalogue load and cold JIT included) and
 * in this JVM after one untimed warm-up pass. Lives with the tests because it generates its APKs
 * with the local store's writer, a test dependency of scoring.
 *
 * <pre>
 * mvn -q -o -pl scoring -am test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.appwatch.scoring.apk.bench.ApkBenchmark -Dexec.args="--count 40"
 * </pre>
 *
 * Options: {@code --count N} generated APKs (default 40), {@code --classes N} classes per APK
 * (default 3000), or APK files / directories to use instead of generated ones.
 */
public final class ApkBenchmark {
  private ApkBenchmark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    int count = 40;
    int classes = 3000;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--count" -> count = Integer.parseInt(args[++i]);
        case "--classes" -> classes = Integer.parseInt(args[++i]);
        default -> files.addAll(apks(Path.of(args[i])));
      }
    }
    if (files.isEmpty()) {
      files = generate(Files.createTempDirectory("apk-bench"), count, classes);
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    // Fresh JVM first, while this one is idle: what a one-off command over these APKs costs.
    long fresh = FreshJvmBatch.nanos(files);
    // One untimed pass: a batch of thousands runs with a warmed-up JIT; each tool run cannot.
    files.forEach(ApkAnalyzer::analyze);

    long t0 = System.nanoTime();
    List<ApkReport> reports = files.stream().map(ApkAnalyzer::analyze).toList();
    long ours = System.nanoTime() - t0;

    t0 = System.nanoTime();
    List<DebianTools.Facts> tools = new ArrayList<>();
    for (Path f : files) {
      tools.add(DebianTools.facts(f));
    }
    long theirs = System.nanoTime() - t0;

    List<String> freshReports = FreshJvmBatch.reports(files);
    int freshSame = 0;
    for (int i = 0; i < files.size(); i++) {
      freshSame += ApkReportJson.write(reports.get(i), true).equals(freshReports.get(i)) ? 1 : 0;
    }
    int agree = 0;
    for (int i = 0; i < files.size(); i++) {
      if (reports.get(i).manifest() != null
          && DebianTools.fromReport(reports.get(i)).equals(tools.get(i))) {
        agree++;
      } else {
        System.out.println("DISAGREE " + files.get(i));
      }
    }
    System.out.printf("%d APKs, %.1f MB%n", files.size(), bytes / 1e6);
    line("analyser, fresh JVM", files.size(), bytes, fresh);
    line("analyser, warm JIT", files.size(), bytes, ours);
    line("aapt+apksigner+dexdump", files.size(), bytes, theirs);
    System.out.printf(
        "ratio: %.1fx faster in a fresh JVM, %.1fx warm%n",
        (double) theirs / fresh, (double) theirs / ours);
    System.out.printf(
        "answers agree on %d of %d APKs (package, versions, SDKs, permissions, signer, classes)%n",
        agree, files.size());
    System.out.printf(
        "fresh-JVM reports identical to warm ones on %d of %d APKs%n", freshSame, files.size());
  }

  private static void line(String who, int n, long bytes, long nanos) {
    double s = nanos / 1e9;
    System.out.printf("%-24s %8.2f s  %8.1f APKs/s  %8.2f MB/s%n", who, s, n / s, bytes / 1e6 / s);
  }

  private static List<Path> apks(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.filter(f -> f.toString().endsWith(".apk")).sorted().toList();
    }
  }

  private static List<Path> generate(Path dir, int count, int classes) throws IOException {
    ApkWriter writer = new ApkWriter();
    String[] sdks = {
      "com.umeng.analytics",
      "com.igexin.sdk",
      "com.qq.e.ads",
      "com.tencent.mm.opensdk",
      "com.bytedance.sdk.openadsdk"
    };
    List<Path> out = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < classes; i++) {
        String prefix = i % 3 == 0 ? sdks[(n + i) % sdks.length] : "com.bench.app" + n + ".ui";
        names.add(prefix + ".p" + (i % 11) + ".C" + i);
      }
      Map<String, String> strings = new LinkedHashMap<>();
      strings.put("consent", "请阅读《用户协议》和《隐私政策》");
      strings.put("agree", "同意");
      ApkSpec spec =
          new ApkSpec(
              "com.bench.app" + n,
              n + 1,
              "1." + n,
              21,
              33,
              "Bench " + n,
              List.of(
                  new UsesPermission("android.permission.INTERNET", null),
                  new UsesPermission("android.permission.READ_PHONE_STATE", null),
                  new UsesPermission("android.permission.WRITE_EXTERNAL_STORAGE", 28)),
              List.of(
                  new Component(
                      Component.Kind.ACTIVITY, "com.bench.app" + n + ".Main", true, List.of())),
              Map.of("UMENG_APPKEY", "k" + n),
              names,
              strings,
              new SignerIdentity(7L, n % 4, "Bench developer " + n % 4));
      Path file = dir.resolve("bench-" + n + ".apk");
      Files.write(file, writer.write(spec));
      out.add(file);
    }
    return out;
  }
}
