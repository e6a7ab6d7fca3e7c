package org.appwatch.scoring.apk.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One third-party SDK of the catalogue and the signals that reveal it. Lists are never null.
 *
 * @param id stable id, never reused: {@code exodus-<n>} (Exodus tracker id), {@code lc-<slug>}
 *     (LibChecker label), {@code cn-<slug>} (appwatch supplement)
 * @param vendor the company behind it, or null when the sources do not say
 * @param categories {@code ads}, {@code analytics}, {@code push}, {@code location}, {@code
 *     social-login}, {@code payment}, {@code crash}, {@code identification}, {@code profiling}, ...
 * @param sources where the entry and its signals come from: {@code exodus}, {@code libchecker},
 *     {@code appwatch}
 * @param classPatterns Java regexes searched (unanchored, as Exodus does) in dotted class names
 * @param classPrefixes package prefixes: a class matches when its name starts with the prefix
 *     followed by a dot
 * @param components manifest component class names, exact
 * @param componentPatterns Java regexes matched against whole component names
 * @param nativeLibs native library file names ({@code libfoo.so}), exact
 * @param nativeLibPatterns Java regexes matched against whole native library file names
 * @param metaDataKeys application meta-data names the SDK asks apps to declare
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SdkEntry(
    String id,
    String name,
    String vendor,
    List<String> categories,
    List<String> sources,
    String website,
    List<String> classPatterns,
    List<String> classPrefixes,
    List<String> components,
    List<String> componentPatterns,
    List<String> nativeLibs,
    List<String> nativeLibPatterns,
    List<String> metaDataKeys) {

  public SdkEntry {
    categories = copy(categories);
    sources = copy(sources);
    classPatterns = copy(classPatterns);
    classPrefixes = copy(classPrefixes);
    components = copy(components);
    componentPatterns = copy(componentPatterns);
    nativeLibs = copy(nativeLibs);
    nativeLibPatterns = copy(nativeLibPatterns);
    metaDataKeys = copy(metaDataKeys);
  }

  private static List<String> copy(List<String> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
