package org.appwatch.search.node;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Finds the classpath of the search node, which must never be this JVM's classpath (its Netty
 * clashes with Spark's). In order: the system property {@value #PROPERTY} (a distribution sets it),
 * else {@code searchnode/target/lib/*} plus the searchnode classes (or jar) of the source tree that
 * contains the working directory (development and tests).
 */
public final class SearchNodeClasspath {

  public static final String PROPERTY = "appwatch.searchnode.classpath";

  private SearchNodeClasspath() {}

  /**
   * The classpath to start the node with.
   *
   * @throws IllegalStateException naming what is missing and how to build it
   */
  public static String resolve() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    Path module = findModule(Path.of(System.getProperty("user.dir")).toAbsolutePath());
    if (module == null) {
      throw missing("no " + PROPERTY + " set and no searchnode module above the working directory");
    }
    Path lib = module.resolve("target/lib");
    Path code = nodeCode(module.resolve("target"));
    if (!Files.isDirectory(lib) || code == null) {
      throw missing("no node jars in " + module.resolve("target"));
    }
    return lib + File.separator + "*" + File.pathSeparator + code;
  }

  private static Path findModule(Path dir) {
    for (Path d = dir; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("searchnode/pom.xml"))) {
        return d.resolve("searchnode");
      }
    }
    return null;
  }

  /**
   * The compiled classes, which are the freshest code in a source tree, else the packaged jar (a
   * tree built by an earlier {@code package} and cleaned of classes).
   */
  private static Path nodeCode(Path target) {
    Path classes = target.resolve("classes");
    if (Files.isRegularFile(classes.resolve("org/appwatch/searchnode/SearchNodeMain.class"))) {
      return classes;
    }
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(p -> p.getFileName().toString().matches("appwatch-searchnode-.*\\.jar"))
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private static IllegalStateException missing(String what) {
    return new IllegalStateException(
        "cannot start the embedded search node: "
            + what
            + "; run mvn -pl searchnode package (or set -D"
            + PROPERTY
            + ")");
  }
}
