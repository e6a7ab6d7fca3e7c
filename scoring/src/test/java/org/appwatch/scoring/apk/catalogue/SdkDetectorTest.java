package org.appwatch.scoring.apk.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The detector against the Exodus method (each signature's regex searched in every class name). */
class SdkDetectorTest {
  private final SdkCatalogue catalogue = SdkCatalogue.pinned();
  private final SdkDetector detector = SdkDetector.pinned();

  @Test
  void flagsTheSameExodusTrackersAsExodusRegexesOnRandomApps() {
    List<SdkEntry> exodus =
        catalogue.sdks().stream().filter(e -> e.id().startsWith("exodus-")).toList();
    assertEquals(432, exodus.size());
    Random random = new Random(7);
    for (int app = 0; app < 60; app++) {
      List<String> classes = new ArrayList<>();
      for (int k = 0; k < 5; k++) {
        SdkEntry e = exodus.get(random.nextInt(exodus.size()));
        if (!e.classPatterns().isEmpty()) {
          classes.add(
              classFor(e.classPatterns().get(random.nextInt(e.classPatterns().size())), random));
        }
      }
      for (int k = 0; k < 200; k++) {
        classes.add("com.app" + app + ".ui.View" + k);
      }
      // Exodus matches names with '/' separators (from dexdump); the verdict must not change.
      Set<String> expected =
          exodusMethod(exodus, classes.stream().map(c -> c.replace('.', '/')).toList());
      Set<String> ours =
          detector.detect(classes, List.of(), List.of(), List.of()).stream()
              .map(SdkMatch::id)
              .filter(id -> id.startsWith("exodus-"))
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(expected, ours, "app " + app + " " + classes.subList(0, 5));
    }
  }

  @Test
  void everyExodusSignatureIsFoundFromAClassItNames() {
    for (SdkEntry e : catalogue.sdks()) {
      if (e.id().startsWith("exodus-") && !e.classPatterns().isEmpty()) {
        List<String> classes = List.of(classFor(e.classPatterns().get(0), new Random(1)));
        List<String> ids =
            detector.detect(classes, List.of(), List.of(), List.of()).stream()
                .map(SdkMatch::id)
                .toList();
        assertTrue(ids.contains(e.id()), e.id() + " " + classes);
      }
    }
  }

  @Test
  void findsChineseSdksAbsentFromExodus() {
    Map<String, String> expected =
        Map.ofEntries(
            Map.entry("com.igexin.sdk.PushManager", "cn-getui"),
            Map.entry("com.qq.e.ads.splash.SplashAD", "cn-tencent-gdt"),
            Map.entry("com.kwad.sdk.api.KsAdSDK", "cn-kuaishou-ads"),
            Map.entry("com.tencent.mm.opensdk.openapi.WXAPIFactory", "cn-wechat-opensdk"),
            Map.entry("com.alipay.sdk.app.PayTask", "cn-alipay"),
            Map.entry("com.umeng.message.PushAgent", "cn-umeng-push"),
            Map.entry("com.umeng.commonsdk.UMConfigure", "cn-umeng-common"),
            Map.entry("cn.jiguang.api.JCoreInterface", "cn-jiguang-jcore"),
            Map.entry("com.xiaomi.mipush.sdk.MiPushClient", "cn-xiaomi-push"),
            Map.entry("com.tencent.smtt.sdk.QbSdk", "cn-tencent-x5"),
            Map.entry("com.tencent.tauth.Tencent", "cn-qq-connect"),
            Map.entry("com.tencent.connect.common.BaseApi", "cn-qq-connect"));
    expected.forEach(
        (cls, id) -> {
          List<SdkMatch> found = detector.detect(List.of(cls), List.of(), List.of(), List.of());
          SdkMatch match =
              found.stream()
                  .filter(m -> m.id().equals(id))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError(cls + " -> " + found));
          assertEquals(cls, match.evidence().get(0).example());
          assertEquals("class-prefix", match.evidence().get(0).signal());
          assertTrue(
              exodusMethod(catalogue.sdks(), List.of(cls)).stream().noneMatch(x -> x.equals(id)));
        });
  }

  @Test
  void reportsComponentLibraryAndMetaDataSignals() {
    List<SdkMatch> found =
        detector.detect(
            List.of(),
            List.of("com.igexin.sdk.PushService"),
            List.of("libBugly.so", "libjcore123.so"),
            List.of("UMENG_APPKEY"));
    Map<String, SdkMatch> byId = found.stream().collect(Collectors.toMap(SdkMatch::id, m -> m));
    assertEquals("component", byId.get("cn-getui").evidence().get(0).signal());
    assertEquals("native-lib", byId.get("exodus-190").evidence().get(0).signal());
    assertEquals("native-lib-pattern", byId.get("cn-jiguang-jcore").evidence().get(0).signal());
    assertEquals("meta-data", byId.get("cn-umeng-common").evidence().get(0).signal());
    assertTrue(
        detector
            .detect(
                List.of("com.example.app.Main", "androidx.Foo"), List.of(), List.of(), List.of())
            .stream()
            .noneMatch(m -> m.id().startsWith("exodus-")));
  }

  /** The Exodus method: a tracker is present when its code_signature regex finds any class. */
  static Set<String> exodusMethod(List<SdkEntry> entries, List<String> classes) {
    Set<String> ids = new TreeSet<>();
    for (SdkEntry e : entries) {
      if (!e.id().startsWith("exodus-") || e.classPatterns().isEmpty()) {
        continue;
      }
      Pattern signature = Pattern.compile(String.join("|", e.classPatterns()));
      if (classes.stream().anyMatch(c -> signature.matcher(c).find())) {
        ids.add(e.id());
      }
    }
    return ids;
  }

  /** A plausible class name that the Exodus pattern matches: the literal with a class appended. */
  private static String classFor(String pattern, Random random) {
    String base = pattern.startsWith(".") ? "org.vendor" + pattern : pattern;
    return (base.endsWith(".") ? base : base + ".") + "Sdk" + random.nextInt(100);
  }
}
