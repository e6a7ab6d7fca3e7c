package org.appwatch.scoring.apk.catalogue;

import java.util.List;

/**
 * An SDK found in an APK, with every signal that matched, so an inspector can check it.
 *
 * @param id the catalogue entry's stable id
 * @param evidence one element per matched signal, in catalogue order
 */
public record SdkMatch(
    String id, String name, String vendor, List<String> categories, List<Evidence> evidence) {

  /**
   * One matched signal.
   *
   * @param signal {@code class-pattern}, {@code class-prefix}, {@code component}, {@code
   *     component-pattern}, {@code native-lib}, {@code native-lib-pattern} or {@code meta-data}
   * @param pattern the catalogue value that matched
   * @param example the first class / component / library / key it matched (in input order)
   * @param count how many inputs it matched
   */
  public record Evidence(String signal, String pattern, String example, int count) {}
}
