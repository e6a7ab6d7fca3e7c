package org.appwatch.scoring.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One key per third-party SDK, shared by the policy reader (names a policy lists) and the rules
 * (SDKs the APK analyser detects): 友盟统计, Umeng U-App, com.umeng.analytics and the catalogue id
 * {@code exodus-119} all key to {@code exodus-119}. The table is data ({@code sdk-keys.tsv}, its
 * header states the rules); a name it does not list keys to {@code name:<normalised name>}, so two
 * spellings of an unknown SDK still meet. Each key has a vendor family and a scope: {@code
 * product}, or {@code base} for a detection of a vendor's shared runtime (Umeng Common, JCore, HMS
 * Core) that ships with every product of its family. Immutable and thread-safe.
 */
public final class SdkKeys {

  /** A key's table entry. */
  public record Entry(String key, String family, boolean base) {}

  private static final Pattern DROP = Pattern.compile("[\\s()（）\\[\\]【】《》“”\"'·•・_\\-/]+");
  private static final Pattern TRAILING_SDK = Pattern.compile("(sdk|软件开发工具包)$");
  private static final SdkKeys STANDARD = load();

  private final Map<String, Entry> byName;
  private final Map<String, Entry> byKey;
  private final Set<String> generic;

  private SdkKeys(Map<String, Entry> byName, Map<String, Entry> byKey, Set<String> generic) {
    this.byName = Map.copyOf(byName);
    this.byKey = Map.copyOf(byKey);
    this.generic = Set.copyOf(generic);
  }

  /** The pinned table. */
  public static SdkKeys standard() {
    return STANDARD;
  }

  /**
   * Lower case, width-folded (NFKC), without spaces, brackets, slashes and dashes, and without a
   * trailing "SDK". Callers fold Traditional Chinese first where names may be Traditional.
   */
  public static String normalise(String name) {
    if (name == null) {
      return "";
    }
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    n = DROP.matcher(n).replaceAll("");
    String cut = TRAILING_SDK.matcher(n).replaceFirst("");
    return cut.isEmpty() ? n : cut;
  }

  /** The key of a name, package prefix or catalogue id; "" for a blank name. */
  public String key(String name) {
    String n = normalise(name);
    if (n.isEmpty()) {
      return "";
    }
    Entry e = byName.get(n);
    return e != null ? e.key() : "name:" + n;
  }

  /** The table's entry for a key, or null for a key the table does not list. */
  public Entry entry(String key) {
    return byKey.get(key);
  }

  /** True for words that never identify one SDK on their own (vendor brands, categories). */
  public boolean generic(String normalisedWord) {
    return generic.contains(normalisedWord);
  }

  private static SdkKeys load() {
    Map<String, Entry> byName = new HashMap<>();
    Map<String, Entry> byKey = new HashMap<>();
    Set<String> generic = new HashSet<>();
    try (InputStream in = SdkKeys.class.getResourceAsStream("sdk-keys.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols[0].equals("generic")) {
          for (String w : cols[1].split("\\|")) {
            generic.add(normalise(w));
          }
          continue;
        }
        Entry entry = new Entry(cols[0].strip(), cols[1].strip(), cols[2].strip().equals("base"));
        byKey.put(entry.key(), entry);
        put(byName, cols[0], entry);
        for (String alias : cols[3].split("\\|")) {
          put(byName, alias, entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SdkKeys(byName, byKey, generic);
  }

  private static void put(Map<String, Entry> byName, String name, Entry entry) {
    Entry before = byName.put(normalise(name), entry);
    if (before != null && !before.key().equals(entry.key())) {
      throw new IllegalStateException("SDK name listed under two keys: " + name);
    }
  }
}
