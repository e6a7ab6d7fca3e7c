package org.appwatch.localstore.corpus;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A deterministic corpus of generated apps: {@code apps} apps at epoch 0, then, in each later
 * epoch, a few removed, some changed and a few new ones (indices from {@code apps} upward). An app
 * is computed from {@code (seed, index)} and its history on every call and never stored, so a
 * corpus of any size costs no memory. Thread-safe.
 */
public final class Corpus {

  private final int apps;
  private final long seed;
  private final int epoch;
  private final ListingFacts listings;
  private final AppGenerator generator;
  private final Evolution evolution;

  public Corpus(int apps, long seed, int epoch) {
    if (apps < 1 || epoch < 0) {
      throw new IllegalArgumentException("apps must be >= 1 and epoch >= 0");
    }
    this.apps = apps;
    this.seed = seed;
    this.epoch = epoch;
    SdkCatalog catalog = SdkCatalog.builtIn();
    this.listings = new ListingFacts(seed, apps);
    this.generator = new AppGenerator(seed, apps, catalog, listings);
    this.evolution = new Evolution(seed, catalog);
  }

  public int baseApps() {
    return apps;
  }

  public long seed() {
    return seed;
  }

  public int epoch() {
    return epoch;
  }

  /** One past the highest index that exists in this epoch; indices below may be removed. */
  public int indexLimit() {
    return listings.indexLimit(epoch);
  }

  /** True when app {@code index} is listed in this epoch. Cheap: does not generate the app. */
  public boolean alive(int index) {
    return listings.alive(index, epoch);
  }

  /** The app's category without generating it. */
  public Category category(int index) {
    return listings.category(index);
  }

  /** The app's stores without generating it. */
  public Set<StoreId> stores(int index) {
    return listings.stores(index);
  }

  /** The indices of the apps alive in this epoch, ascending. */
  public IntStream aliveIndices() {
    return IntStream.range(0, indexLimit()).filter(this::alive);
  }

  /**
   * Generates app {@code index} as it is in this epoch.
   *
   * @throws IllegalArgumentException when the app does not exist in this epoch
   */
  public AppSpec app(int index) {
    if (!alive(index)) {
      throw new IllegalArgumentException("app " + index + " is not in epoch " + epoch);
    }
    int born = listings.bornEpoch(index);
    AppState a = generator.generate(index, born);
    for (int e = born + 1; e <= epoch; e++) {
      evolution.step(a, e);
    }
    return freeze(a);
  }

  /**
   * The app with this package name, if it is alive in this epoch. Generates one app: the index is
   * read back from the name's base-36 tail.
   */
  public Optional<AppSpec> byPackage(String packageName) {
    int cut = packageName.lastIndexOf('.');
    if (cut < 0) {
      return Optional.empty();
    }
    String last = packageName.substring(cut + 1);
    for (String word : Titles.packageWords()) {
      if (last.startsWith(word) && last.length() > word.length()) {
        try {
          int index = Integer.parseInt(last.substring(word.length()), 36);
          if (alive(index)) {
            AppSpec app = app(index);
            if (app.packageName().equals(packageName)) {
              return Optional.of(app);
            }
          }
        } catch (NumberFormatException e) {
          // not one of ours
        }
      }
    }
    return Optional.empty();
  }

  /** The date a crawl of this epoch sees as today; stable per epoch. */
  public LocalDate crawlDate() {
    return AppGenerator.epochDate(epoch);
  }

  private AppSpec freeze(AppState a) {
    return new AppSpec(
        a.index,
        a.bornEpoch,
        a.packageName,
        a.title,
        a.summary,
        a.developer,
        a.category,
        a.installs,
        a.rating,
        a.ratingCount,
        a.versionCode,
        a.versionName(),
        a.minSdk,
        a.targetSdk,
        List.copyOf(a.permissions),
        List.copyOf(a.sdks),
        Collections.unmodifiableSet(EnumSet.copyOf(a.stores)),
        a.added,
        a.lastUpdated,
        a.license,
        List.copyOf(a.disclosedSdks),
        a.policyLink,
        a.cnEncoding,
        a.policyEncoding,
        SpecBuilders.apk(seed, a),
        SpecBuilders.policy(a),
        new AppSpec.History(
            a.lastAppChangeEpoch,
            a.lastPolicyUpdateEpoch,
            a.lastSilentPolicyChangeEpoch,
            List.copyOf(a.permissionsAddedInEpoch)));
  }
}
