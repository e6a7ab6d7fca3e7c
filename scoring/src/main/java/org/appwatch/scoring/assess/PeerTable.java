package org.appwatch.scoring.assess;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.PeerFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * Crawl-wide permission rates per store category (M4.1): for each category, the share of its apps
 * (with an analysed APK) that request each permission. Collect with {@link #add}, read with {@link
 * #facts}; a Spark job computes the same counts with a group-by and calls {@link #of}. Not
 * thread-safe while collecting.
 */
public final class PeerTable {

  private final Map<String, Integer> apps = new HashMap<>();
  private final Map<String, Map<String, Integer>> counts = new HashMap<>();
  private final String crawlId;

  /**
   * @param crawlId the crawl the rates describe, shown in provenance; may be null
   */
  public PeerTable(String crawlId) {
    this.crawlId = crawlId;
  }

  /** Counts one app; apps without a category or without an APK do not count. */
  public PeerTable add(String category, ApkFacts apk) {
    if (category == null || apk == null) {
      return this;
    }
    apps.merge(category, 1, Integer::sum);
    Map<String, Integer> c = counts.computeIfAbsent(category, k -> new HashMap<>());
    Set<String> names = new LinkedHashSet<>();
    apk.permissions().forEach(p -> names.add(p.name()));
    names.forEach(n -> c.merge(n, 1, Integer::sum));
    return this;
  }

  /** The rates of {@code category}, or null when no app of it was counted. */
  public PeerFacts facts(String category) {
    Integer n = category == null ? null : apps.get(category);
    return n == null ? null : of(category, n, counts.get(category), crawlId);
  }

  /**
   * Peer facts from counts.
   *
   * @param apps the apps of the category counted
   * @param permissionApps permission name to the number of those apps requesting it
   */
  public static PeerFacts of(
      String category, int apps, Map<String, Integer> permissionApps, String crawlId) {
    Map<String, Double> rates = new HashMap<>();
    permissionApps.forEach((p, k) -> rates.put(p, apps == 0 ? 0.0 : (double) k / apps));
    String shown = apps + " apps in category " + category;
    return new PeerFacts(
        category, apps, rates, new Provenance("peers", shown, null, null, null, crawlId));
  }
}
