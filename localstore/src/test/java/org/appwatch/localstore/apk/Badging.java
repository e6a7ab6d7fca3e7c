package org.appwatch.localstore.apk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appwatch.localstore.apk.ApkSpec.UsesPermission;

/** The facts {@code aapt dump badging} reports that an {@link ApkSpec} determines. */
record Badging(
    String packageName,
    int versionCode,
    String versionName,
    int sdkVersion,
    int targetSdkVersion,
    List<UsesPermission> permissions,
    String applicationLabel,
    String launchableActivity) {

  private static final Pattern QUOTED = Pattern.compile("(\\w+)='([^']*)'");

  /** What aapt must report for {@code spec}. */
  static Badging expected(ApkSpec spec, String launchableActivity) {
    return new Badging(
        spec.packageName(),
        spec.versionCode(),
        spec.versionName(),
        spec.minSdk(),
        spec.targetSdk(),
        spec.permissions(),
        spec.appLabel(),
        launchableActivity);
  }

  /**
   * Parses aapt's output. Permissions aapt adds on its own ({@code uses-implied-permission}) are
   * left out, so the list holds exactly what the manifest declares.
   */
  static Badging parse(String output) {
    String packageName = null;
    String versionName = null;
    String label = null;
    String launchable = null;
    int versionCode = -1;
    int sdk = -1;
    int target = -1;
    List<UsesPermission> permissions = new ArrayList<>();
    Set<String> implied = new HashSet<>();
    for (String line : output.split("\n")) {
      String key = line.contains(":") ? line.substring(0, line.indexOf(':')) : line;
      String rest = line.substring(Math.min(line.length(), key.length() + 1)).trim();
      switch (key) {
        case "package" -> {
          packageName = attribute(rest, "name");
          versionCode = Integer.parseInt(attribute(rest, "versionCode"));
          versionName = attribute(rest, "versionName");
        }
        case "sdkVersion" -> sdk = Integer.parseInt(unquote(rest));
        case "targetSdkVersion" -> target = Integer.parseInt(unquote(rest));
        case "application-label" -> label = unquote(rest);
        case "launchable-activity" -> launchable = attribute(rest, "name");
        case "uses-implied-permission" -> implied.add(attribute(rest, "name"));
        case "uses-permission" -> {
          String max = attribute(rest, "maxSdkVersion");
          permissions.add(
              new UsesPermission(
                  attribute(rest, "name"), max == null ? null : Integer.parseInt(max)));
        }
        default -> {}
      }
    }
    permissions.removeIf(p -> implied.contains(p.name()));
    return new Badging(
        packageName, versionCode, versionName, sdk, target, permissions, label, launchable);
  }

  private static String attribute(String text, String name) {
    Matcher m = QUOTED.matcher(text);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return null;
  }

  private static String unquote(String value) {
    return value.substring(1, value.length() - 1);
  }
}
