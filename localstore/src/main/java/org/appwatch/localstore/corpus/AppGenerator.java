package org.appwatch.localstore.corpus;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.appwatch.localstore.policy.PolicyForm;
import org.appwatch.localstore.policy.PolicyLanguage;

/** Generates an app as it is when it first appears, from {@code (seed, index)} alone. */
final class AppGenerator {

  static final LocalDate EPOCH0 = LocalDate.of(2024, 6, 1);

  private static final long[] INSTALL_BUCKETS = {
    1_000,
    5_000,
    10_000,
    50_000,
    100_000,
    500_000,
    1_000_000,
    5_000_000,
    10_000_000,
    50_000_000,
    100_000_000
  };
  private static final String[] LICENSES = {
    "Apache-2.0", "GPL-3.0-only", "MIT", "GPL-3.0-or-later", "LicenseRef-Proprietary"
  };

  private final long seed;
  private final int developers;
  private final SdkCatalog catalog;
  private final ListingFacts listings;

  AppGenerator(long seed, int baseApps, SdkCatalog catalog, ListingFacts listings) {
    this.seed = seed;
    this.developers = Math.max(1, baseApps / 4);
    this.catalog = catalog;
    this.listings = listings;
  }

  AppState generate(int index, int bornEpoch) {
    SplittableRandom r = Seeds.random(seed, 0xA99L, index);
    AppState a = new AppState();
    a.index = index;
    a.bornEpoch = bornEpoch;
    a.category = listings.category(index);
    a.stores = listings.stores(index);
    a.developer = Developer.of(seed, r.nextInt(developers));
    String[] t = Titles.draw(r, a.category);
    a.title = t[0];
    a.summary = t[2];
    a.packageName =
        (r.nextInt(5) == 0 ? "cn." : "com.")
            + a.developer.vendor()
            + "."
            + t[1]
            + Integer.toString(index, 36);
    a.installs =
        INSTALL_BUCKETS[
            Math.min(INSTALL_BUCKETS.length - 1, (int) (r.nextDouble() * r.nextDouble() * 12))];
    a.rating = Math.round((2.5 + r.nextDouble() * 2.5) * 10) / 10.0;
    a.ratingCount = 10 + r.nextInt(100_000);
    a.major = 1 + r.nextInt(9);
    a.minor = r.nextInt(20);
    a.patch = r.nextInt(10);
    a.versionCode = a.major * 10_000 + a.minor * 100 + a.patch;
    a.minSdk = 16 + r.nextInt(9);
    a.targetSdk = r.nextDouble() < 0.12 ? 19 + r.nextInt(4) : 26 + r.nextInt(9);
    a.license = LICENSES[r.nextInt(LICENSES.length)];
    LocalDate born = AppGenerator.epochDate(bornEpoch);
    a.added = born.minusDays(bornEpoch == 0 ? 30 + r.nextInt(1800) : r.nextInt(25));
    a.lastUpdated =
        a.added.plusDays(r.nextInt((int) (born.toEpochDay() - a.added.toEpochDay()) + 1));
    a.consentDialog = r.nextDouble() < 0.8;

    for (Permission p : Permission.values()) {
      if (r.nextDouble() < p.rate(a.category)) {
        a.permissions.add(p.androidName());
      }
    }
    a.writeStorageMax28 = r.nextBoolean();
    int sdkCount = (int) Math.floor(r.nextDouble() * r.nextDouble() * 9);
    for (int i = 0; i < sdkCount; i++) {
      addSdk(a, catalog.draw(r, a.category));
    }
    a.ownClasses.add(a.packageName + ".MainActivity");
    a.ownClasses.add(a.packageName + ".App");
    String[] extra = {
      ".ui.SettingsActivity", ".data.Repository", ".net.ApiClient", ".ui.WebActivity"
    };
    for (int i = 0, n = 1 + r.nextInt(extra.length); i < n; i++) {
      a.ownClasses.add(a.packageName + extra[i]);
    }

    a.policyLink = pick(r, PolicyLink.values(), 0.85, 0.08, 0.04, 0.03);
    a.language =
        pick(r, PolicyLanguage.values(), t[0].matches(".*\\p{IsHan}.*") ? 0.9 : 0.3, 0.05, 1);
    a.form = pick(r, PolicyForm.values(), 0.92, 0.03, 0.03, 0.02);
    a.cnEncoding =
        pick(
            r,
            new PageEncoding[] {
              PageEncoding.UTF8,
              PageEncoding.GBK_HEADER,
              PageEncoding.GBK_NO_LABEL,
              PageEncoding.GBK_MISLABELLED_UTF8
            },
            0.75,
            0.1,
            0.08,
            0.07);
    a.policyEncoding =
        a.language == PolicyLanguage.SIMPLIFIED_CHINESE
            ? pick(
                r,
                new PageEncoding[] {
                  PageEncoding.UTF8, PageEncoding.GBK_HEADER, PageEncoding.GBK_META_ONLY
                },
                0.8,
                0.1,
                0.1)
            : PageEncoding.UTF8;
    PolicyDraft.draw(r, a);
    a.effectiveDate = a.added.minusDays(r.nextInt(60));
    a.updatedDate = a.lastUpdated.minusDays(r.nextInt(90));
    if (a.updatedDate.isBefore(a.effectiveDate)) {
      a.updatedDate = a.effectiveDate;
    }
    a.lastAppChangeEpoch = bornEpoch;
    a.lastPolicyUpdateEpoch = bornEpoch;
    return a;
  }

  /** Adds an SDK with the permissions it needs; no-op when the app already embeds it. */
  static void addSdk(AppState a, Sdk sdk) {
    if (a.sdks.stream().anyMatch(s -> s.id().equals(sdk.id()))) {
      return;
    }
    a.sdks.add(sdk);
    a.permissions.addAll(sdk.permissions());
  }

  /** The date a crawl of epoch {@code e} sees as "today". */
  static LocalDate epochDate(int e) {
    return EPOCH0.plusDays(30L * e);
  }

  /** Picks by the given weights (the last one may be larger than the rest left). */
  static <T> T pick(SplittableRandom r, T[] values, double... weights) {
    double u = r.nextDouble();
    for (int i = 0; i < weights.length && i < values.length - 1; i++) {
      u -= weights[i];
      if (u < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }
}
