package org.appwatch.localstore.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.appwatch.localstore.apk.ApkSpec;
import org.appwatch.localstore.apk.ApkSpec.Component;
import org.appwatch.localstore.apk.ApkSpec.UsesPermission;
import org.appwatch.localstore.policy.PolicyLanguage;
import org.appwatch.localstore.policy.PolicySpec;
import org.appwatch.localstore.policy.PolicySpec.PermissionPurpose;
import org.appwatch.localstore.policy.PolicySpec.SdkDisclosure;

/** Turns an evolved {@link AppState} into the contracts of the APK and policy writers. */
final class SpecBuilders {

  private SpecBuilders() {}

  static ApkSpec apk(long seed, AppState a) {
    List<UsesPermission> perms = new ArrayList<>();
    for (String p : a.permissions) {
      boolean capped =
          a.writeStorageMax28 && p.equals(Permission.WRITE_EXTERNAL_STORAGE.androidName());
      perms.add(new UsesPermission(p, capped ? 28 : null));
    }
    List<Component> components = new ArrayList<>();
    components.add(
        new Component(
            Component.Kind.ACTIVITY,
            a.packageName + ".MainActivity",
            true,
            List.of("android.intent.action.MAIN")));
    Map<String, String> meta = new LinkedHashMap<>();
    List<String> classes = new ArrayList<>(a.ownClasses);
    for (Sdk s : a.sdks) {
      for (Sdk.ComponentDef c : s.components()) {
        components.add(
            new Component(Component.Kind.valueOf(c.kind()), c.name(), c.exported(), c.actions()));
      }
      s.metaData().forEach((k, kind) -> meta.putIfAbsent(k, value(seed, a.index, k, kind)));
      classes.addAll(s.classes());
    }
    Map<String, String> strings = new LinkedHashMap<>();
    if (a.consentDialog) {
      strings.put("privacy_dialog_title", "用户协议与隐私政策");
      strings.put("privacy_dialog_message", "请您务必审慎阅读、充分理解“用户协议”和“隐私政策”各条款。点击“同意”即表示您已阅读并同意全部条款。");
    }
    return new ApkSpec(
        a.packageName,
        a.versionCode,
        a.versionName(),
        a.minSdk,
        a.targetSdk,
        a.title,
        List.copyOf(perms),
        List.copyOf(components),
        Collections.unmodifiableMap(meta),
        List.copyOf(classes.stream().distinct().toList()),
        Collections.unmodifiableMap(strings),
        new ApkSpec.SignerIdentity(seed, a.developer.number(), a.developer.nameEn()));
  }

  static PolicySpec policy(AppState a) {
    boolean english = a.language == PolicyLanguage.ENGLISH;
    List<SdkDisclosure> sdks = new ArrayList<>();
    for (Sdk s : a.sdks) {
      if (a.disclosedSdks.contains(s.id())) {
        sdks.add(
            new SdkDisclosure(
                english ? s.name() : s.nameZh(), s.vendor(), purpose(s, english), s.dataZh()));
      }
    }
    List<PermissionPurpose> perms = new ArrayList<>();
    a.permissionPurposes.forEach(
        (p, stated) -> {
          if (a.permissions.contains(p)) {
            perms.add(new PermissionPurpose(p, stated));
          }
        });
    return new PolicySpec(
        a.title,
        english ? a.developer.nameEn() : a.developer.nameZh(),
        a.language,
        Collections.unmodifiableSet(EnumSet.copyOf(a.clauses)),
        List.copyOf(sdks),
        List.copyOf(perms),
        a.effectiveDate,
        a.updatedDate,
        a.responseWorkingDays,
        a.developer.email(),
        a.form,
        a.phrasing);
  }

  private static String purpose(Sdk s, boolean english) {
    return switch (s.category()) {
      case "ads" -> english ? "personalised advertising" : "投放个性化广告";
      case "analytics" -> english ? "usage statistics" : "统计分析";
      case "push" -> english ? "push notifications" : "消息推送";
      case "location", "map" -> english ? "location services" : "定位与地图服务";
      case "social-login" -> english ? "sign-in and sharing" : "第三方登录与分享";
      case "payment" -> english ? "payments" : "支付";
      default -> english ? "crash reporting" : "崩溃分析";
    };
  }

  /** A deterministic meta-data value of the given kind (an app key, a channel name, ...). */
  private static String value(long seed, int index, String key, String kind) {
    SplittableRandom r = Seeds.random(seed, 0x3E7AL, index, Seeds.hash(key));
    return switch (kind) {
      case "channel" ->
          List.of("official", "huawei", "xiaomi", "yingyongbao", "oppo").get(r.nextInt(5));
      case "appid" -> Integer.toString(100_000_000 + r.nextInt(900_000_000));
      case "admob" ->
          "ca-app-pub-"
              + Long.toString(
                  1_000_000_000_000_000L + Math.abs(r.nextLong() % 8_999_999_999_999_999L))
              + "~"
              + (1_000_000_000L + r.nextInt(1_000_000_000));
      case "fbid" ->
          Long.toString(100_000_000_000_000L + Math.abs(r.nextLong() % 899_999_999_999_999L));
      default -> token(r, kind);
    };
  }

  private static String token(SplittableRandom r, String kind) {
    boolean hex = kind.startsWith("hex");
    int len = Integer.parseInt(kind.replaceAll("\\D", ""));
    String alphabet =
        hex ? "0123456789abcdef" : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder b = new StringBuilder(len);
    for (int i = 0; i < len; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
