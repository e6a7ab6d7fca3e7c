package org.appwatch.scoring.apk;

import java.util.List;

/**
 * What an APK's manifest declares, as far as the walking skeleton reads it.
 *
 * @param minSdk {@code minSdkVersion}, or 1 when absent (Android's default)
 * @param targetSdk {@code targetSdkVersion}, or {@code minSdk} when absent (Android's default)
 */
public record ManifestFacts(
    String packageName,
    long versionCode,
    String versionName,
    int minSdk,
    int targetSdk,
    List<String> permissions) {}
