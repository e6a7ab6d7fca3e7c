package org.appwatch.scoring.apk.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changes between two catalogues, entry by entry and signal by signal, in lines a reviewer can
 * read: {@code + id name}, {@code - id name}, {@code ~ id field: +added -removed}.
 */
final class CatalogueDiff {
  private static final Map<String, Function<SdkEntry, List<String>>> LISTS =
      Map.of(
          "categories", SdkEntry::categories,
          "sources", SdkEntry::sources,
          "classPatterns", SdkEntry::classPatterns,
          "classPrefixes", SdkEntry::classPrefixes,
          "components", SdkEntry::components,
          "componentPatterns", SdkEntry::componentPatterns,
          "nativeLibs", SdkEntry::nativeLibs,
          "nativeLibPatterns", SdkEntry::nativeLibPatterns,
          "metaDataKeys", SdkEntry::metaDataKeys);

  private CatalogueDiff() {}

  /** The differences, empty when the catalogues hold the same entries and signals. */
  static List<String> between(SdkCatalogue before, SdkCatalogue after) {
    Map<String, SdkEntry> old = index(before);
    Map<String, SdkEntry> now = index(after);
    List<String> lines = new ArrayList<>();
    for (SdkEntry e : after.sdks()) {
      SdkEntry was = old.get(e.id());
      if (was == null) {
        lines.add("+ " + e.id() + " " + e.name());
      } else {
        changes(was, e, lines);
      }
    }
    for (SdkEntry e : before.sdks()) {
      if (!now.containsKey(e.id())) {
        lines.add("- " + e.id() + " " + e.name());
      }
    }
    return lines;
  }

  private static void changes(SdkEntry was, SdkEntry is, List<String> lines) {
    String prefix = "~ " + is.id() + " ";
    if (!was.name().equals(is.name())) {
      lines.add(prefix + "name: " + was.name() + " -> " + is.name());
    }
    if (!Objects.equals(was.vendor(), is.vendor())) {
      lines.add(prefix + "vendor: " + was.vendor() + " -> " + is.vendor());
    }
    LISTS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            field -> {
              Set<String> before = new LinkedHashSet<>(field.getValue().apply(was));
              Set<String> after = new LinkedHashSet<>(field.getValue().apply(is));
              String added = minus(after, before, '+');
              String removed = minus(before, after, '-');
              if (!added.isEmpty() || !removed.isEmpty()) {
                lines.add(prefix + field.getKey() + ":" + added + removed);
              }
            });
  }

  /** The members of {@code a} missing from {@code b}, each as " " + mark + member. */
  private static String minus(Set<String> a, Set<String> b, char mark) {
    return a.stream()
        .filter(x -> !b.contains(x))
        .map(x -> " " + mark + x)
        .collect(Collectors.joining());
  }

  private static Map<String, SdkEntry> index(SdkCatalogue c) {
    return c.sdks().stream().collect(Collectors.toMap(SdkEntry::id, e -> e, (x, y) -> x));
  }
}
