package org.appwatch.scoring.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One key per third-party SDK, whatever name a policy or an APK gives it: 友盟统计, Umeng U-App and
 * com.umeng.analytics all give {@code exodus-119}, the id in the APK analyser's SDK catalogue. The
 * alias table is data ({@code sdk-aliases.tsv}); a name it does not know keys to {@code
 * name:<normalised name>}, so that two spellings of an unknown SDK still meet. Thread-safe.
 */
public final class SdkNames {

  private static final Pattern DROP = Pattern.compile("[\\s()（）\\[\\]【】《》“”\"'·•・_\\-]+");
  private static final Pattern TRAILING_SDK = Pattern.compile("(sdk|软件开发工具包)$");
  private static final Map<String, String[]> ALIASES = load();

  private SdkNames() {}

  /** The SDK's key: a catalogue id, or "name:" and the normalised name; "" for a blank name. */
  public static String key(String name) {
    String n = normalise(name);
    if (n.isEmpty()) {
      return "";
    }
    String[] entry = ALIASES.get(n);
    return entry != null ? entry[0] : "name:" + n;
  }

  /** The vendor family of a key ("umeng", "tencent" ...), or the key itself when unknown. */
  public static String family(String key) {
    for (String[] entry : ALIASES.values()) {
      if (entry[0].equals(key)) {
        return entry[1];
      }
    }
    return key;
  }

  /**
   * Lower case, width-folded (NFKC), Traditional folded to Simplified, without spaces, brackets and
   * dashes, and without a trailing "SDK".
   */
  public static String normalise(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    n = DROP.matcher(ScriptFold.fold(n)).replaceAll("");
    String cut = TRAILING_SDK.matcher(n).replaceFirst("");
    return cut.isEmpty() ? n : cut;
  }

  private static Map<String, String[]> load() {
    Map<String, String[]> map = new HashMap<>();
    try (InputStream in = SdkNames.class.getResourceAsStream("sdk-aliases.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        String[] entry = {cols[0].strip(), cols[1].strip()};
        map.put(normalise(cols[0]), entry);
        for (String alias : cols[2].split("\\|")) {
          String[] before = map.put(normalise(alias), entry);
          if (before != null && !before[0].equals(entry[0])) {
            throw new IllegalStateException("SDK alias listed twice: " + alias);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
