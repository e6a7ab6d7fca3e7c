package org.appwatch.localstore.corpus;

import java.util.EnumSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The cheap facts of an app — category, stores, birth and removal — drawn from their own random
 * stream, so that listing pages and paging can be computed without generating whole apps.
 */
final class ListingFacts {

  private static final double REMOVAL_RATE = 0.02;
  private static final double[] CATEGORY_WEIGHTS = {
    0.18, 0.08, 0.1, 0.08, 0.16, 0.1, 0.08, 0.08, 0.07, 0.07
  };

  private final long seed;
  private final int baseApps;
  private final int newPerEpoch;

  ListingFacts(long seed, int baseApps) {
    this.seed = seed;
    this.baseApps = baseApps;
    this.newPerEpoch = Math.max(1, baseApps / 50);
  }

  /** Number of indices that exist by epoch {@code epoch} (alive or removed). */
  int indexLimit(int epoch) {
    return baseApps + epoch * newPerEpoch;
  }

  int bornEpoch(int index) {
    return index < baseApps ? 0 : 1 + (index - baseApps) / newPerEpoch;
  }

  /** True when the app exists in epoch {@code epoch}: born by then and not removed since. */
  boolean alive(int index, int epoch) {
    if (index < 0 || index >= indexLimit(epoch)) {
      return false;
    }
    for (int e = bornEpoch(index) + 1; e <= epoch; e++) {
      if (Seeds.unit(seed, 0x4E40L, index, e) < REMOVAL_RATE) {
        return false;
      }
    }
    return true;
  }

  Category category(int index) {
    double u = Seeds.unit(seed, 0xCA7L, index);
    Category[] all = Category.values();
    for (int i = 0; i < all.length; i++) {
      u -= CATEGORY_WEIGHTS[i];
      if (u < 0) {
        return all[i];
      }
    }
    return all[all.length - 1];
  }

  /** One to three stores; about half the apps are in F-Droid. */
  Set<StoreId> stores(int index) {
    SplittableRandom r = Seeds.random(seed, 0x5707EL, index);
    Set<StoreId> s = EnumSet.noneOf(StoreId.class);
    if (r.nextDouble() < 0.5) {
      s.add(StoreId.FDROID);
    }
    if (r.nextDouble() < 0.55) {
      s.add(StoreId.WEB);
    }
    if (r.nextDouble() < 0.6) {
      s.add(StoreId.CN);
    }
    if (s.isEmpty()) {
      s.add(StoreId.values()[r.nextInt(3)]);
    }
    return s;
  }
}
