package org.appwatch.scoring.apk;

import java.util.List;

/**
 * A requested permission with what the platform says about it.
 *
 * @param name the permission
 * @param protectionLevel e.g. {@code dangerous}, {@code signature|privileged}; null when the
 *     permission is not a platform permission known to the pinned table (a vendor or SDK one)
 * @param group the runtime permission group, or null
 * @param kinds kinds of personal information it exposes ({@code precise-location}, {@code sms},
 *     ...); empty when none or unknown
 */
public record PermissionFacts(
    String name, String protectionLevel, String group, List<String> kinds) {}
