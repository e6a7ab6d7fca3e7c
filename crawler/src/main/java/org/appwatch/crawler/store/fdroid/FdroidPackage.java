package org.appwatch.crawler.store.fdroid;

import java.util.List;

/**
 * The newest version of one package, as an F-Droid repository index lists it.
 *
 * @param apkPath the APK's path relative to the repository address, without a leading slash
 * @param apkSha256 the SHA-256 the index promises for the APK; a download must match it
 * @param signerSha256 SHA-256 of the signing certificate, or null when the index gives none
 */
public record FdroidPackage(
    String packageName,
    String name,
    List<String> categories,
    long versionCode,
    String versionName,
    String apkPath,
    String apkSha256,
    long apkSize,
    int minSdk,
    int targetSdk,
    List<String> permissions,
    String signerSha256) {}
