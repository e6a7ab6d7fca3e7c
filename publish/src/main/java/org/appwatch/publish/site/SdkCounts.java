package org.appwatch.publish.site;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appwatch.model.AppKey;
import org.appwatch.publish.data.Finding;

/**
 * Counts the apps embedding each SDK, from the evidence of {@code findings/v1}: the scoring
 * engine's SDK predicates record every SDK found in an APK as an evidence fact of kind {@code apk}
 * or {@code cross} whose snippet starts {@code "SDK <name>"} (then a category list in brackets or
 * "not named in policy"). {@code scores/v1} has no SDK column, so this is the only source until
 * {@code apk-features/v1} is read. An app counts once per SDK however many rules cite it.
 */
public final class SdkCounts {

  private static final Pattern SNIPPET =
      Pattern.compile("^SDK (.+?)(?: \\[[^\\]]*\\]| not named in policy)?$");

  private final Map<String, Set<AppKey>> apps = new HashMap<>();

  /** One SDK and the number of apps embedding it. */
  public record Sdk(String name, int apps) {}

  /** Takes the SDK facts of one finding. */
  public void add(Finding f) {
    for (Finding.Evidence e : f.evidence()) {
      if (e.snippet() == null || !("apk".equals(e.kind()) || "cross".equals(e.kind()))) {
        continue;
      }
      Matcher m = SNIPPET.matcher(e.snippet());
      if (m.matches()) {
        apps.computeIfAbsent(m.group(1).strip(), k -> new HashSet<>()).add(f.key());
      }
    }
  }

  /** The SDKs by number of apps, most first, then by name. */
  public List<Sdk> ranked() {
    return apps.entrySet().stream()
        .map(e -> new Sdk(e.getKey(), e.getValue().size()))
        .sorted(Comparator.comparingInt(Sdk::apps).reversed().thenComparing(Sdk::name))
        .toList();
  }
}
