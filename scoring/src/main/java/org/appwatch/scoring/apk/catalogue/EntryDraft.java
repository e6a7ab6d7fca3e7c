package org.appwatch.scoring.apk.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A catalogue entry while signals from several lists are being merged into it. */
final class EntryDraft {
  final String id;
  final String name;
  String vendor;
  String website;
  final Set<String> sources = new LinkedHashSet<>();
  final Set<String> categories = new LinkedHashSet<>();
  final Set<String> classPatterns = new LinkedHashSet<>();
  final Set<String> classPrefixes = new LinkedHashSet<>();
  final Set<String> components = new LinkedHashSet<>();
  final Set<String> componentPatterns = new LinkedHashSet<>();
  final Set<String> nativeLibs = new LinkedHashSet<>();
  final Set<String> nativeLibPatterns = new LinkedHashSet<>();
  final Set<String> metaDataKeys = new LinkedHashSet<>();

  EntryDraft(String id, String name, String source) {
    this.id = id;
    this.name = name;
    sources.add(source);
  }

  SdkEntry toEntry() {
    return new SdkEntry(
        id,
        name,
        vendor,
        list(categories),
        list(sources),
        website,
        list(classPatterns),
        list(classPrefixes),
        list(components),
        list(componentPatterns),
        list(nativeLibs),
        list(nativeLibPatterns),
        list(metaDataKeys));
  }

  private static List<String> list(Set<String> set) {
    return new ArrayList<>(set);
  }
}
