package org.appwatch.scoring.apk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appwatch.scoring.apk.ManifestInfo.Component;
import org.appwatch.scoring.apk.ManifestInfo.DeclaredPermission;
import org.appwatch.scoring.apk.ManifestInfo.UsesPermission;

/** Turns a binary {@code AndroidManifest.xml} into a {@link ManifestInfo}. */
final class ManifestParser implements BinaryXml.Visitor {
  // android.R.attr ids: Android matches attributes by id, not by their (forgeable) names.
  private static final int LABEL = 0x01010001;
  private static final int NAME = 0x01010003;
  private static final int PROTECTION_LEVEL = 0x01010009;
  private static final int DEBUGGABLE = 0x0101000f;
  private static final int EXPORTED = 0x01010010;
  private static final int VALUE = 0x01010024;
  private static final int RESOURCE = 0x01010025;
  private static final int MIN_SDK = 0x0101020c;
  private static final int VERSION_CODE = 0x0101021b;
  private static final int VERSION_NAME = 0x0101021c;
  private static final int TARGET_SDK = 0x01010270;
  private static final int MAX_SDK = 0x01010271;
  private static final int ALLOW_BACKUP = 0x01010280;
  private static final int CLEARTEXT = 0x010104ec;
  private static final Set<String> COMPONENTS =
      Set.of("activity", "activity-alias", "service", "receiver", "provider");

  private String packageName;
  private Long versionCode;
  private String versionName;
  private Integer minSdk;
  private Integer targetSdk;
  private Integer maxSdk;
  private final List<UsesPermission> uses = new ArrayList<>();
  private final List<DeclaredPermission> declared = new ArrayList<>();
  private final List<Component> components = new ArrayList<>();
  private final Map<String, String> metaData = new LinkedHashMap<>();
  private ManifestInfo.Application application;
  private final String[] path = new String[8];
  private List<XmlAttribute> component;
  private List<String> actions;
  private boolean hasFilter;
  private final ResourceTable resources;

  private ManifestParser(ResourceTable resources) {
    this.resources = resources;
  }

  /**
   * Parses {@code manifest}; attribute values that reference a resource ({@code @string/...}) are
   * resolved through {@code resources} (the default configuration), as aapt shows them.
   */
  static ManifestInfo parse(byte[] manifest, ApkLimits limits, ResourceTable resources)
      throws ApkProblem {
    ManifestParser parser = new ManifestParser(resources);
    BinaryXml.parse(manifest, limits.maxPoolStrings(), parser);
    if (parser.packageName == null || parser.packageName.isBlank()) {
      throw new ApkProblem(ApkErrorCode.MANIFEST_MALFORMED, "AndroidManifest.xml: no package");
    }
    return parser.result();
  }

  @Override
  public void start(String name, List<XmlAttribute> a, int depth) {
    if (depth < path.length) {
      path[depth] = name;
    }
    String parent = depth >= 2 && depth - 1 < path.length ? path[depth - 1] : "";
    switch (depth) {
      case 1 -> manifest(name, a);
      case 2 -> topLevel(name, a);
      case 3 -> {
        if (parent.equals("application")) {
          applicationChild(name, a);
        }
      }
      case 4 -> hasFilter |= component != null && name.equals("intent-filter");
      case 5 -> {
        if (component != null && name.equals("action")) {
          String action = text(a, NAME, "name");
          if (action != null) {
            actions.add(action);
          }
        }
      }
      default -> {}
    }
  }

  @Override
  public void end(String name, int depth) {
    if (depth == 3 && component != null) {
      Boolean exported = bool(component, EXPORTED, "exported");
      String kind = path[3];
      boolean effective =
          exported != null
              ? exported
              : kind.equals("provider") ? targetSdk != null && targetSdk < 17 : hasFilter;
      components.add(
          new Component(
              kind,
              className(text(component, NAME, "name")),
              exported,
              effective,
              List.copyOf(actions)));
      component = null;
    }
  }

  private void manifest(String name, List<XmlAttribute> a) {
    if (!name.equals("manifest")) {
      return;
    }
    packageName = text(a, 0, "package");
    Integer code = integer(a, VERSION_CODE, "versionCode");
    versionCode = code == null ? null : Integer.toUnsignedLong(code);
    versionName = text(a, VERSION_NAME, "versionName");
  }

  private void topLevel(String name, List<XmlAttribute> a) {
    switch (name) {
      case "uses-sdk" -> {
        minSdk = integer(a, MIN_SDK, "minSdkVersion");
        targetSdk = integer(a, TARGET_SDK, "targetSdkVersion");
        maxSdk = integer(a, MAX_SDK, "maxSdkVersion");
      }
      case "uses-permission", "uses-permission-sdk-23", "uses-permission-sdk-m" -> {
        String permission = text(a, NAME, "name");
        if (permission != null) {
          uses.add(
              new UsesPermission(
                  permission,
                  integer(a, MAX_SDK, "maxSdkVersion"),
                  !name.equals("uses-permission")));
        }
      }
      case "permission" ->
          declared.add(
              new DeclaredPermission(
                  text(a, NAME, "name"), text(a, PROTECTION_LEVEL, "protectionLevel")));
      case "application" -> {
        XmlAttribute label = unresolved(a, LABEL, "label");
        application =
            new ManifestInfo.Application(
                className(text(a, NAME, "name")),
                text(a, LABEL, "label"),
                label == null || label.type() != XmlAttribute.TYPE_REFERENCE
                    ? Map.of()
                    : resources.localized(label.data()),
                bool(a, DEBUGGABLE, "debuggable"),
                bool(a, ALLOW_BACKUP, "allowBackup"),
                bool(a, CLEARTEXT, "usesCleartextTraffic"));
      }
      default -> {}
    }
  }

  private void applicationChild(String name, List<XmlAttribute> a) {
    if (COMPONENTS.contains(name)) {
      component = a;
      actions = new ArrayList<>();
      hasFilter = false;
    } else if (name.equals("meta-data")) {
      String key = text(a, NAME, "name");
      String value = text(a, VALUE, "value");
      if (key != null) {
        // android:resource names a resource (an XML file, say); it stays the reference it is.
        XmlAttribute resource = value != null ? null : unresolved(a, RESOURCE, "resource");
        metaData.put(key, value != null ? value : resource == null ? null : resource.text());
      }
    }
  }

  /** Resolves {@code .Foo} and {@code Foo} against the package, as aapt does. */
  private String className(String name) {
    if (name == null || packageName == null) {
      return name;
    }
    if (name.startsWith(".")) {
      return packageName + name;
    }
    return name.indexOf('.') < 0 ? packageName + "." + name : name;
  }

  /** The attribute, with a resource reference resolved; the original when it does not resolve. */
  private XmlAttribute find(List<XmlAttribute> attributes, int id, String name) {
    XmlAttribute found = unresolved(attributes, id, name);
    return found == null || found.type() != XmlAttribute.TYPE_REFERENCE
        ? found
        : resources.resolve(found);
  }

  private static XmlAttribute unresolved(List<XmlAttribute> attributes, int id, String name) {
    XmlAttribute found = null;
    if (id != 0) {
      for (XmlAttribute a : attributes) {
        if (a.resourceId() == id) {
          found = a;
          break;
        }
      }
    }
    // Files without a resource map (hand-made or stripped) only have names to go by.
    for (int i = 0; found == null && i < attributes.size(); i++) {
      XmlAttribute a = attributes.get(i);
      if (a.resourceId() == 0 && a.name().equals(name)) {
        found = a;
      }
    }
    return found;
  }

  private String text(List<XmlAttribute> a, int id, String name) {
    XmlAttribute attribute = find(a, id, name);
    return attribute == null ? null : attribute.text();
  }

  private Integer integer(List<XmlAttribute> a, int id, String name) {
    XmlAttribute attribute = find(a, id, name);
    return attribute == null ? null : attribute.integer();
  }

  private Boolean bool(List<XmlAttribute> a, int id, String name) {
    XmlAttribute attribute = find(a, id, name);
    return attribute == null ? null : attribute.bool();
  }

  private ManifestInfo result() {
    return new ManifestInfo(
        packageName,
        versionCode,
        versionName,
        minSdk,
        targetSdk,
        maxSdk,
        List.copyOf(uses),
        List.copyOf(declared),
        List.copyOf(components),
        application,
        Collections.unmodifiableMap(metaData));
  }
}
