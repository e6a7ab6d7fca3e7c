package org.appwatch.scoring.apk;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Builds real APKs from the sources under {@code fixtures/<name>/} (test resources) the way the
 * Android SDK's old tool chain does, with Debian's tools: {@code aapt package} compiles the
 * manifest and resources, javac (release 8) and dx turn the Java sources into DEX, {@code aapt add}
 * packs the DEX, then {@code zipalign} and {@code apksigner sign}. {@code build.properties} says
 * whether dx splits the DEX ({@code multidex}, by {@code main-dex.txt}) and which signature schemes
 * to write ({@code signing}).
 */
final class AaptApkBuilder {
  static final Path FRAMEWORK = Path.of("/usr/share/android-framework-res/framework-res.apk");
  private static final String PASSWORD = "fixture-pass";

  private final Path work;
  private final Path stubs;
  private final Path keystore;

  /** Compiles the platform stubs and makes a signing key under {@code work}. */
  AaptApkBuilder(Path work) throws IOException {
    this.work = work;
    this.stubs = javac(List.of(fixture("android-stubs")), List.of(), work.resolve("stubs"));
    this.keystore = work.resolve("fixtures.p12");
    run(
        work,
        Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair",
        "-keystore",
        keystore.toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        PASSWORD,
        "-keypass",
        PASSWORD,
        "-alias",
        "fixtures",
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-validity",
        "3650",
        "-dname",
        "CN=示例开发者, O=Example, C=CN");
  }

  /** The tools this needs, or the first one missing. */
  static String missingTool() {
    for (String tool : List.of("aapt", "zipalign", "apksigner", "dexdump")) {
      if (Stream.of(System.getenv("PATH").split(":"))
          .noneMatch(d -> Files.isExecutable(Path.of(d, tool)))) {
        return tool;
      }
    }
    return Files.isRegularFile(FRAMEWORK) ? null : FRAMEWORK.toString();
  }

  /** Builds fixture {@code name} into a signed APK. */
  Path build(String name) throws IOException {
    Path src = fixture(name);
    Path out = Files.createDirectories(work.resolve(name));
    Properties props = new Properties();
    try (InputStream in = Files.newInputStream(src.resolve("build.properties"))) {
      props.load(in);
    }
    Path gen = Files.createDirectories(out.resolve("gen"));
    Path unsigned = out.resolve("unsigned.apk");
    run(
        out,
        "aapt",
        "package",
        "-f",
        "-M",
        src.resolve("AndroidManifest.xml").toString(),
        "-S",
        src.resolve("res").toString(),
        "-I",
        FRAMEWORK.toString(),
        "-J",
        gen.toString(),
        "-F",
        unsigned.toString());
    Path classes = javac(List.of(src.resolve("java"), gen), List.of(stubs), out.resolve("classes"));
    Path dex = Files.createDirectories(out.resolve("dex"));
    List<String> dx =
        new ArrayList<>(List.of(java(), "-cp", dxJar(), "com.android.dx.command.Main", "--dex"));
    if (Boolean.parseBoolean(props.getProperty("multidex"))) {
      dx.addAll(
          List.of(
              "--multi-dex",
              "--main-dex-list=" + src.resolve("main-dex.txt"),
              "--minimal-main-dex",
              "--output=" + dex));
    } else {
      dx.add("--output=" + dex.resolve("classes.dex"));
    }
    dx.add(classes.toString());
    run(out, dx.toArray(String[]::new));
    List<String> add = new ArrayList<>(List.of("aapt", "add", unsigned.toString()));
    try (Stream<Path> s = Files.list(dex)) {
      s.map(p -> p.getFileName().toString()).sorted().forEach(add::add);
    }
    run(dex, add.toArray(String[]::new)); // entry names are the paths given, so run in dex/
    Path aligned = out.resolve("aligned.apk");
    run(out, "zipalign", "-f", "4", unsigned.toString(), aligned.toString());
    String schemes = props.getProperty("signing");
    Path signed = work.resolve(name + ".apk");
    run(
        out,
        "apksigner",
        "sign",
        "--ks",
        keystore.toString(),
        "--ks-pass",
        "pass:" + PASSWORD,
        "--v1-signing-enabled",
        "" + schemes.contains("v1"),
        "--v2-signing-enabled",
        "" + schemes.contains("v2"),
        "--v3-signing-enabled",
        "" + schemes.contains("v3"),
        "--out",
        signed.toString(),
        aligned.toString());
    return signed;
  }

  private static Path javac(List<Path> sources, List<Path> classpath, Path out) throws IOException {
    List<String> args = new ArrayList<>(List.of("--release", "8", "-nowarn", "-d", out.toString()));
    if (!classpath.isEmpty()) {
      args.addAll(List.of("-cp", classpath.get(0).toString()));
    }
    for (Path dir : sources) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
      }
    }
    if (ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new))
        != 0) {
      throw new IOException("javac failed on " + sources);
    }
    return out;
  }

  private static Path fixture(String name) {
    try {
      return Path.of(AaptApkBuilder.class.getResource("fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String dxJar() {
    try {
      return Path.of(
              com.android.dx.command.Main.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI())
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Runs a tool in {@code dir}; fails with its output when it exits non-zero. */
  private static void run(Path dir, String... command) throws IOException {
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    try {
      String output = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
