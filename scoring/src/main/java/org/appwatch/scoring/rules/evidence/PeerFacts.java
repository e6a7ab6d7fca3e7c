package org.appwatch.scoring.rules.evidence;

import java.util.Map;

/**
 * Statistics over the apps of the same store category in the same crawl.
 *
 * @param category the category the rates are computed over
 * @param peers the number of apps in it
 * @param permissionRates permission name to the share (0..1) of those apps requesting it
 */
public record PeerFacts(
    String category, int peers, Map<String, Double> permissionRates, Provenance provenance) {

  public PeerFacts {
    permissionRates = permissionRates == null ? Map.of() : Map.copyOf(permissionRates);
  }

  /** The rate of {@code permission}, 0 when no peer requests it. */
  public double rate(String permission) {
    return permissionRates.getOrDefault(permission, 0.0);
  }
}
