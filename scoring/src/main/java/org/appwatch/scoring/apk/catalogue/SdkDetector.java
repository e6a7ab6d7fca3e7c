package org.appwatch.scoring.apk.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the catalogue's SDKs in the facts of one APK. Built once per catalogue (regexes are
 * compiled on first use), then thread-safe; one call costs about one automaton pass per class name.
 */
public final class SdkDetector {
  private final List<SdkEntry> entries;
  private final ClassIndex classes;
  private final Map<String, List<Signal>> exact = new HashMap<>();
  private final List<Signal> patterns = new ArrayList<>();

  public SdkDetector(SdkCatalogue catalogue) {
    this.entries = catalogue.sdks();
    this.classes = new ClassIndex(entries);
    for (int i = 0; i < entries.size(); i++) {
      SdkEntry e = entries.get(i);
      add(i, "component", e.components());
      add(i, "native-lib", e.nativeLibs());
      add(i, "meta-data", e.metaDataKeys());
      for (String p : e.componentPatterns()) {
        patterns.add(new Signal(i, "component-pattern", p, true));
      }
      for (String p : e.nativeLibPatterns()) {
        patterns.add(new Signal(i, "native-lib-pattern", p, true));
      }
    }
  }

  private void add(int entry, String kind, List<String> values) {
    for (String v : values) {
      exact
          .computeIfAbsent(kind + "\0" + v, k -> new ArrayList<>())
          .add(new Signal(entry, kind, v, false));
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
    // Signals are compiled once, so identity is equality here and hashing stays cheap.
    Map<Signal, Tally> tallies = new IdentityHashMap<>();
    for (String c : classNames) {
      classes.match(c, s -> tally(tallies, s, c));
    }
    lookup("component", components, tallies);
    lookup("native-lib", nativeLibs, tallies);
    lookup("meta-data", metaDataKeys, tallies);
    Map<Integer, List<SdkMatch.Evidence>> byEntry = new TreeMap<>();
    tallies.values().stream()
        .sorted(Comparator.comparingInt(t -> t.order))
        .forEach(
            t ->
                byEntry
                    .computeIfAbsent(t.signal.entry(), k -> new ArrayList<>())
                    .add(
                        new SdkMatch.Evidence(
                            t.signal.kind(), t.signal.value(), t.example, t.count)));
    List<SdkMatch> out = new ArrayList<>();
    byEntry.forEach(
        (entry, evidence) -> {
          SdkEntry e = entries.get(entry);
          out.add(new SdkMatch(e.id(), e.name(), e.vendor(), e.categories(), evidence));
        });
    return out;
  }

  /** How often one signal matched, and where first. */
  private static final class Tally {
    final Signal signal;
    final String example;
    final int order;
    int count;

    Tally(Signal signal, String example, int order) {
      this.signal = signal;
      this.example = example;
      this.order = order;
    }
  }

  private static void tally(Map<Signal, Tally> tallies, Signal s, String where) {
    Tally t = tallies.get(s);
    if (t == null) {
      t = new Tally(s, where, tallies.size());
      tallies.put(s, t);
    }
    t.count++;
  }

  private void lookup(String kind, Collection<String> values, Map<Signal, Tally> tallies) {
    String patternKind = kind + "-pattern";
    for (String v : values) {
      List<Signal> found = exact.get(kind + "\0" + v);
      if (found != null) {
        found.forEach(s -> tally(tallies, s, v));
      }
      for (Signal s : patterns) {
        if (s.kind().equals(patternKind) && s.regex().matcher(v).matches()) {
          tally(tallies, s, v);
        }
      }
    }
  }
}
