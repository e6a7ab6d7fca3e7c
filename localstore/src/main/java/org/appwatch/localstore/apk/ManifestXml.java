package org.appwatch.localstore.apk;

import static org.appwatch.localstore.apk.BinaryXml.TYPE_INT_BOOLEAN;
import static org.appwatch.localstore.apk.BinaryXml.TYPE_INT_DEC;
import static org.appwatch.localstore.apk.BinaryXml.TYPE_REFERENCE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.appwatch.localstore.apk.ApkSpec.Component;
import org.appwatch.localstore.apk.BinaryXml.Attribute;

/**
 * Compiles the manifest of an {@link ApkSpec} to binary XML. The first activity also gets a
 * MAIN/LAUNCHER filter so tools report it as the launchable activity; providers get their class
 * name as authority, which is unique per app.
 */
final class ManifestXml {
  // Resource ids of the framework's android: attributes (android.R.attr).
  private static final int LABEL = 0x01010001;
  private static final int NAME = 0x01010003;
  private static final int EXPORTED = 0x01010010;
  private static final int AUTHORITIES = 0x01010018;
  private static final int VALUE = 0x01010024;
  private static final int MIN_SDK_VERSION = 0x0101020c;
  private static final int VERSION_CODE = 0x0101021b;
  private static final int VERSION_NAME = 0x0101021c;
  private static final int TARGET_SDK_VERSION = 0x01010270;
  private static final int MAX_SDK_VERSION = 0x01010271;

  static final String ACTION_MAIN = "android.intent.action.MAIN";
  static final String CATEGORY_LAUNCHER = "android.intent.category.LAUNCHER";

  private ManifestXml() {}

  /**
   * @param appNameId resource id of the {@code app_name} string the application label points to
   */
  static byte[] compile(ApkSpec spec, int appNameId) {
    BinaryXml xml = new BinaryXml();
    xml.start(
        "manifest",
        List.of(
            Attribute.plain("package", spec.packageName()),
            Attribute.typed("versionCode", VERSION_CODE, TYPE_INT_DEC, spec.versionCode()),
            Attribute.string("versionName", VERSION_NAME, spec.versionName())));
    xml.start(
            "uses-sdk",
            List.of(
                Attribute.typed("minSdkVersion", MIN_SDK_VERSION, TYPE_INT_DEC, spec.minSdk()),
                Attribute.typed(
                    "targetSdkVersion", TARGET_SDK_VERSION, TYPE_INT_DEC, spec.targetSdk())))
        .end("uses-sdk");
    for (ApkSpec.UsesPermission permission : spec.permissions()) {
      List<Attribute> attributes = new ArrayList<>();
      attributes.add(Attribute.string("name", NAME, permission.name()));
      if (permission.maxSdkVersion() != null) {
        attributes.add(
            Attribute.typed(
                "maxSdkVersion", MAX_SDK_VERSION, TYPE_INT_DEC, permission.maxSdkVersion()));
      }
      xml.start("uses-permission", attributes).end("uses-permission");
    }
    xml.start("application", List.of(Attribute.typed("label", LABEL, TYPE_REFERENCE, appNameId)));
    boolean launcherGiven = false;
    for (Component component : spec.components()) {
      boolean launcher = !launcherGiven && component.kind() == Component.Kind.ACTIVITY;
      launcherGiven |= launcher;
      component(xml, component, launcher);
    }
    for (Map.Entry<String, String> entry : spec.metaData().entrySet()) {
      xml.start(
              "meta-data",
              List.of(
                  Attribute.string("name", NAME, entry.getKey()),
                  Attribute.string("value", VALUE, entry.getValue())))
          .end("meta-data");
    }
    xml.end("application").end("manifest");
    return xml.toByteArray();
  }

  private static void component(BinaryXml xml, Component component, boolean launcher) {
    String element = component.kind().name().toLowerCase(Locale.ROOT);
    List<Attribute> attributes = new ArrayList<>();
    attributes.add(Attribute.string("name", NAME, component.name()));
    attributes.add(
        Attribute.typed("exported", EXPORTED, TYPE_INT_BOOLEAN, component.exported() ? -1 : 0));
    if (component.kind() == Component.Kind.PROVIDER) {
      attributes.add(Attribute.string("authorities", AUTHORITIES, component.name()));
    }
    xml.start(element, attributes);
    boolean hasMain = component.actions().contains(ACTION_MAIN);
    if (launcher && !hasMain) {
      intentFilter(xml, List.of(ACTION_MAIN), true);
    }
    if (!component.actions().isEmpty()) {
      intentFilter(xml, component.actions(), launcher && hasMain);
    }
    xml.end(element);
  }

  private static void intentFilter(BinaryXml xml, List<String> actions, boolean launcher) {
    xml.start("intent-filter", List.of());
    for (String action : actions) {
      xml.start("action", List.of(Attribute.string("name", NAME, action))).end("action");
    }
    if (launcher) {
      xml.start("category", List.of(Attribute.string("name", NAME, CATEGORY_LAUNCHER)))
          .end("category");
    }
    xml.end("intent-filter");
  }
}
