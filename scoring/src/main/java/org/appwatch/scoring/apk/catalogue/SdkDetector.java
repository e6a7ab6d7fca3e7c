package org.appwatch.scoring.apk.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds the catalogue's SDKs in the facts of one APK. Built once per catalogue (compiling every
 * signal), then thread-safe; one call costs about one automaton pass per class name.
 */
public final class SdkDetector {
  private final List<SdkEntry> entries;
  private final ClassIndex classes;
  private final Map<String, List<ClassIndex.Signal>> exact = new HashMap<>();
  private final List<ClassIndex.Signal> patterns = new ArrayList<>();

  public SdkDetector(SdkCatalogue catalogue) {
    this.entries = catalogue.sdks();
    this.classes = new ClassIndex(entries);
    for (int i = 0; i < entries.size(); i++) {
      SdkEntry e = entries.get(i);
      add(i, "component", e.components());
      add(i, "native-lib", e.nativeLibs());
      add(i, "meta-data", e.metaDataKeys());
      for (String p : e.componentPatterns()) {
        patterns.add(new ClassIndex.Signal(i, "component-pattern", p, Pattern.compile(p)));
      }
      for (String p : e.nativeLibPatterns()) {
        patterns.add(new ClassIndex.Signal(i, "native-lib-pattern", p, Pattern.compile(p)));
      }
    }
  }

  private void add(int entry, String kind, List<String> values) {
    for (String v : values) {
      exact
          .computeIfAbsent(kind + "\0" + v, k -> new ArrayList<>())
          .add(new ClassIndex.Signal(entry, kind, v, null));
    }
  }

  /** The detector over the pinned catalogue. */
  public static SdkDetector pinned() {
    return Holder.PINNED;
  }

  private static final class Holder {
    static final SdkDetector PINNED = new SdkDetector(SdkCatalogue.pinned());
  }

  /**
   * @param classNames dotted class names
   * @param components manifest component class names
   * @param nativeLibs native library file names
   * @param metaDataKeys application meta-data names
   * @return matched SDKs in catalogue order, each with its evidence
   */
  public List<SdkMatch> detect(
      Iterable<String> classNames,
      Collection<String> components,
      Collection<String> nativeLibs,
      Collection<String> metaDataKeys) {
    Map<Integer, Map<String, int[]>> counts = new TreeMap<>();
    Map<String, String> examples = new HashMap<>();
    java.util.function.BiConsumer<ClassIndex.Signal, String> hit =
        (s, where) -> {
          String key = s.kind() + "\0" + s.value();
          counts.computeIfAbsent(s.entry(), k -> new LinkedHashMap<>())
              .computeIfAbsent(key, k -> new int[1])[0]++;
          examples.putIfAbsent(s.entry() + "\0" + key, where);
        };
    for (String c : classNames) {
      classes.match(c, s -> hit.accept(s, c));
    }
    lookup("component", components, hit);
    lookup("native-lib", nativeLibs, hit);
    lookup("meta-data", metaDataKeys, hit);
    List<SdkMatch> out = new ArrayList<>();
    counts.forEach(
        (entry, signals) -> {
          List<SdkMatch.Evidence> evidence = new ArrayList<>();
          signals.forEach(
              (key, n) -> {
                String[] kv = key.split("\0", 2);
                evidence.add(
                    new SdkMatch.Evidence(kv[0], kv[1], examples.get(entry + "\0" + key), n[0]));
              });
          SdkEntry e = entries.get(entry);
          out.add(new SdkMatch(e.id(), e.name(), e.vendor(), e.categories(), evidence));
        });
    return out;
  }

  private void lookup(
      String kind,
      Collection<String> values,
      java.util.function.BiConsumer<ClassIndex.Signal, String> hit) {
    String patternKind = kind + "-pattern";
    for (String v : values) {
      List<ClassIndex.Signal> found = exact.get(kind + "\0" + v);
      if (found != null) {
        found.forEach(s -> hit.accept(s, v));
      }
      for (ClassIndex.Signal s : patterns) {
        if (s.kind().equals(patternKind) && s.regex().matcher(v).matches()) {
          hit.accept(s, v);
        }
      }
    }
  }
}
