package org.appwatch.localstore.apk;

import java.util.List;

/**
 * Prints milliseconds per APK after warm-up for each fixture kind (not a test: timings depend on
 * the machine). Run from {@code localstore/} after {@code mvn test-compile}: {@code java -cp
 * target/classes:target/test-classes:<dependencies> org.appwatch.localstore.apk.ApkWriterBench}.
 */
public final class ApkWriterBench {
  private ApkWriterBench() {}

  public static void main(String[] args) {
    ApkWriter writer = new ApkWriter();
    List<ApkSpec> specs =
        List.of(ApkSpecs.minimal(), ApkSpecs.legacy(), ApkSpecs.modern(ApkSpecs.DEVELOPER_1));
    for (int i = 0; i < 100; i++) {
      specs.forEach(writer::write);
    }
    for (ApkSpec spec : specs) {
      int rounds = 200;
      long start = System.nanoTime();
      int size = 0;
      for (int i = 0; i < rounds; i++) {
        size = writer.write(spec).length;
      }
      double ms = (System.nanoTime() - start) / 1e6 / rounds;
      System.out.printf(
          "%-24s %5d classes %8d bytes %7.2f ms/APK%n",
          spec.packageName(), spec.classNames().size(), size, ms);
    }
  }
}
