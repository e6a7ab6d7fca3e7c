package org.appwatch.scoring.apk.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Builds the catalogue from the two upstream lists, the appwatch supplement and the category rules
 * ({@link CategoryRules}, for entries no list gives a category). A LibChecker label joins the
 * supplement entry that absorbs it, else the Exodus entry of the same name, else becomes an entry
 * of its own, so that one SDK is reported once.
 */
final class CatalogueBuilder {
  private static final Map<String, String> EXODUS_CATEGORIES =
      Map.of(
          "Advertisement", "ads",
          "Analytics", "analytics",
          "Crash reporting", "crash",
          "Location", "location",
          "Identification", "identification",
          "Profiling", "profiling");

  private final Map<String, EntryDraft> byId = new LinkedHashMap<>();
  private final Map<String, EntryDraft> byLabel = new HashMap<>();
  private final Map<String, String> sources = new LinkedHashMap<>();

  static SdkCatalogue build(Path exodus, Path libchecker, Path supplement, Path categories)
      throws IOException {
    CatalogueBuilder b = new CatalogueBuilder();
    b.exodus(new ObjectMapper().readTree(exodus.toFile()));
    b.supplement(new ObjectMapper().readTree(supplement.toFile()));
    b.libchecker(Files.readAllLines(libchecker, StandardCharsets.UTF_8));
    b.categorise(CategoryRules.read(categories));
    List<SdkEntry> entries = new ArrayList<>();
    b.byId.values().forEach(d -> entries.add(d.toEntry()));
    entries.sort(Comparator.comparing(CatalogueBuilder::sortKey));
    return new SdkCatalogue(b.sources, entries);
  }

  private void exodus(JsonNode root) {
    sources.put("exodus", root.path("source").asText() + "; cite \"Exodus Privacy\"");
    for (JsonNode t : root.get("trackers")) {
      EntryDraft d =
          new EntryDraft("exodus-" + t.get("id").asInt(), t.get("name").asText(), "exodus");
      d.website = t.path("website").asText(null);
      t.get("categories")
          .forEach(
              c ->
                  d.categories.add(
                      EXODUS_CATEGORIES.getOrDefault(
                          c.asText(), c.asText().toLowerCase(Locale.ROOT))));
      for (String alternative : t.get("code_signature").asText().split("\\|")) {
        if (!alternative.isEmpty()) {
          d.classPatterns.add(alternative);
        }
      }
      byId.put(d.id, d);
      byLabel.putIfAbsent(normalise(d.name), d);
    }
  }

  private void supplement(JsonNode root) {
    sources.put("appwatch", root.path("source").asText());
    for (JsonNode s : root.get("sdks")) {
      EntryDraft d = new EntryDraft(s.get("id").asText(), s.get("name").asText(), "appwatch");
      d.vendor = s.path("vendor").asText(null);
      d.website = s.path("website").isNull() ? null : s.path("website").asText(null);
      s.get("categories").forEach(c -> d.categories.add(c.asText()));
      s.get("classPrefixes").forEach(c -> d.classPrefixes.add(c.asText()));
      s.get("components").forEach(c -> d.components.add(c.asText()));
      s.get("nativeLibs").forEach(c -> d.nativeLibs.add(c.asText()));
      s.get("metaDataKeys").forEach(c -> d.metaDataKeys.add(c.asText()));
      s.get("absorbs").forEach(label -> byLabel.put(normalise(label.asText()), d));
      byId.put(d.id, d);
    }
  }

  private void libchecker(List<String> lines) {
    sources.put(
        "libchecker",
        "LibChecker-Rules (github.com/LibChecker/LibChecker-Rules), snapshot of 2024-06-12, Apache-2.0");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length < 5 || f[2].isBlank()) {
        continue;
      }
      String name = f[1];
      String label = f[2];
      boolean regex = f[4].equals("1");
      EntryDraft d = byLabel.computeIfAbsent(normalise(label), k -> newLibcheckerEntry(label));
      d.sources.add("libchecker");
      switch (f[3]) {
        case "0" -> (regex ? d.nativeLibPatterns : d.nativeLibs).add(name);
        case "1", "2", "3", "4" -> (regex ? d.componentPatterns : d.components).add(name);
        case "5" -> {
          if (regex) {
            d.classPatterns.add(name);
          } else {
            d.classPrefixes.add(name);
          }
        }
        default -> {} // type 6, static libraries: not visible in an APK's files
      }
    }
  }

  /** Entries still without a category after the merge take the category rules' ones. */
  private void categorise(CategoryRules rules) {
    sources.put("appwatch-categories", rules.source());
    for (EntryDraft d : byId.values()) {
      if (d.categories.isEmpty()) {
        d.categories.addAll(rules.categories(d.id, d.name));
        if (!d.categories.isEmpty()) {
          d.sources.add("appwatch-categories");
        }
      }
    }
  }

  private EntryDraft newLibcheckerEntry(String label) {
    String id = "lc-" + slug(label);
    if (byId.containsKey(id)) {
      id = id + "-" + crc(label);
    }
    EntryDraft d = new EntryDraft(id, label, "libchecker");
    byId.put(id, d);
    return d;
  }

  static String normalise(String label) {
    return label.toLowerCase(Locale.ROOT).replace(" sdk", "").replaceAll("[^\\p{L}\\p{N}]", "");
  }

  static String slug(String label) {
    String ascii =
        label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    boolean allAscii = label.chars().allMatch(c -> c < 0x80);
    return allAscii && !ascii.isEmpty() ? ascii : (ascii.isEmpty() ? "" : ascii + "-") + crc(label);
  }

  private static String crc(String label) {
    CRC32 crc = new CRC32();
    crc.update(label.getBytes(StandardCharsets.UTF_8));
    return String.format("%08x", crc.getValue());
  }

  /** Exodus entries in Exodus's order, then the supplement, then LibChecker's by id. */
  private static String sortKey(SdkEntry e) {
    if (e.id().startsWith("exodus-")) {
      return String.format("0-%06d", Integer.parseInt(e.id().substring(7)));
    }
    return (e.id().startsWith("cn-") ? "1-" : "2-") + e.id();
  }
}
