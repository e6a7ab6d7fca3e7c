package org.appwatch.model;

import java.util.Objects;

/**
 * Identifies an app across crawls: the store it was listed in and its package name. Two stores
 * listing the same package are two apps, since each store's listing, policy link and APK may
 * differ.
 */
public record AppKey(String store, String packageName) {

  public AppKey {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(packageName, "packageName");
    if (store.isBlank() || packageName.isBlank()) {
      throw new IllegalArgumentException("store and packageName must not be blank");
    }
  }

  @Override
  public String toString() {
    return store + ":" + packageName;
  }
}
