package org.appwatch.localstore.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Moves an app from one epoch to the next, as a store looks one crawl later: some apps ship a new
 * version with more permissions or SDKs, some policies are rewritten with a new date, and some are
 * rewritten without changing the date (the M2.2 case). Each step draws from {@code (seed, index,
 * epoch)}, so an app's history does not depend on other apps.
 */
final class Evolution {

  static final double PERMISSION_UPDATE = 0.06;
  static final double VERSION_ONLY = 0.06;
  static final double DATED_POLICY_UPDATE = 0.05;
  static final double SILENT_POLICY_CHANGE = 0.03;

  private final long seed;
  private final SdkCatalog catalog;

  Evolution(long seed, SdkCatalog catalog) {
    this.seed = seed;
    this.catalog = catalog;
  }

  void step(AppState a, int epoch) {
    SplittableRandom r = Seeds.random(seed, 0xE70L, a.index, epoch);
    a.permissionsAddedInEpoch.clear();
    List<String> before = List.copyOf(a.permissions);
    double u = r.nextDouble();
    if (u < PERMISSION_UPDATE) {
      bump(r, a, epoch);
      if (r.nextBoolean()) {
        AppGenerator.addSdk(a, catalog.draw(r, a.category));
      }
      List<Permission> missing = new ArrayList<>();
      for (Permission p : Permission.values()) {
        if (p.dangerous() && !a.permissions.contains(p.androidName())) {
          missing.add(p);
        }
      }
      if (!missing.isEmpty()) {
        a.permissions.add(missing.get(r.nextInt(missing.size())).androidName());
      }
    } else if (u < PERMISSION_UPDATE + VERSION_ONLY) {
      bump(r, a, epoch);
    }
    a.permissions.stream().filter(p -> !before.contains(p)).forEach(a.permissionsAddedInEpoch::add);
    double v = r.nextDouble();
    if (v < DATED_POLICY_UPDATE) {
      PolicyDraft.update(r, a);
      a.updatedDate = AppGenerator.epochDate(epoch).minusDays(r.nextInt(10));
      a.lastPolicyUpdateEpoch = epoch;
    } else if (v < DATED_POLICY_UPDATE + SILENT_POLICY_CHANGE) {
      a.phrasing = r.nextLong();
      PolicyDraft.toggle(r, a);
      a.lastSilentPolicyChangeEpoch = epoch;
    }
  }

  private static void bump(SplittableRandom r, AppState a, int epoch) {
    a.patch += 1 + r.nextInt(3);
    a.versionCode = a.major * 10_000 + a.minor * 100 + a.patch;
    a.lastUpdated = AppGenerator.epochDate(epoch).minusDays(r.nextInt(20));
    a.lastAppChangeEpoch = epoch;
  }
}
