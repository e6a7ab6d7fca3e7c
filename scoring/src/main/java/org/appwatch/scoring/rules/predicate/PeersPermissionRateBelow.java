package org.appwatch.scoring.rules.predicate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.ApkFacts.PermissionFact;
import org.appwatch.scoring.rules.evidence.PeerFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * {@code peers.permission_rate_below: {rate: 0.05, min_peers: 20}}: a dangerous permission of the
 * app is requested by fewer than {@code rate} of the apps in its category. Unknown below {@code
 * min_peers} apps, where a rate says nothing.
 */
final class PeersPermissionRateBelow implements Predicate {

  @Override
  public String name() {
    return "peers.permission_rate_below";
  }

  @Override
  public String description() {
    return "a dangerous permission of the app is requested by fewer than `rate` of the apps of "
        + "its category (unknown with fewer than `min_peers` apps)";
  }

  @Override
  public Set<String> placeholders() {
    return Set.of("rare_permissions", "peer_category");
  }

  @Override
  public Condition bind(Params params) {
    params.object(Set.of("rate", "min_peers"));
    double rate = params.number("rate", 0.05);
    int minPeers = params.integer("min_peers", 20);
    return facts -> {
      ApkFacts apk = facts.evidence().apk();
      PeerFacts peers = facts.evidence().peers();
      if (apk == null) {
        return Outcome.unknown("apk");
      }
      if (peers == null || peers.peers() < minPeers) {
        return Outcome.unknown("peer statistics");
      }
      List<PermissionFact> rare =
          apk.dangerousPermissions().stream().filter(p -> peers.rate(p.name()) < rate).toList();
      List<String> shown =
          rare.stream()
              .map(
                  p ->
                      String.format(
                          Locale.ROOT, "%s %.1f%%", p.shortName(), 100 * peers.rate(p.name())))
              .toList();
      List<Provenance> evidence =
          shown.stream()
              .map(
                  s ->
                      Provenance.from(
                          peers.provenance(),
                          "peers",
                          s + " of " + peers.peers() + " " + peers.category() + " apps"))
              .toList();
      return Outcome.of(
          !rare.isEmpty(),
          evidence,
          Map.of(
              "rare_permissions",
              Snippets.join(shown),
              "peer_category",
              String.valueOf(peers.category())));
    };
  }
}
