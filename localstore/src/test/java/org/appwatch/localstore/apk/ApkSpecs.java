package org.appwatch.localstore.apk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.appwatch.localstore.apk.ApkSpec.Component;
import org.appwatch.localstore.apk.ApkSpec.Component.Kind;
import org.appwatch.localstore.apk.ApkSpec.SignerIdentity;
import org.appwatch.localstore.apk.ApkSpec.UsesPermission;

/** The kinds of APK the corpus produces, as test fixtures. */
final class ApkSpecs {
  static final SignerIdentity DEVELOPER_1 = new SignerIdentity(42L, 1, "Sunny Weather Studio");
  static final SignerIdentity DEVELOPER_2 = new SignerIdentity(42L, 2, "北京某某科技有限公司");

  private ApkSpecs() {}

  /** An old app targeting API 22 (runtime permissions not enforced) with many dangerous ones. */
  static ApkSpec legacy() {
    return new ApkSpec(
        "com.example.flashlight",
        7,
        "1.6.2",
        9,
        22,
        "Flashlight Pro",
        List.of(
            perm("android.permission.CAMERA"),
            perm("android.permission.READ_PHONE_STATE"),
            perm("android.permission.ACCESS_FINE_LOCATION"),
            perm("android.permission.ACCESS_COARSE_LOCATION"),
            perm("android.permission.READ_CONTACTS"),
            perm("android.permission.READ_SMS"),
            perm("android.permission.RECORD_AUDIO"),
            perm("android.permission.READ_CALL_LOG"),
            perm("android.permission.GET_ACCOUNTS"),
            perm("android.permission.INTERNET")),
        List.of(
            new Component(Kind.ACTIVITY, "com.example.flashlight.MainActivity", true, List.of())),
        Map.of(),
        List.of("com.example.flashlight.MainActivity", "com.example.flashlight.Torch"),
        Map.of(),
        DEVELOPER_1);
  }

  /** A current app targeting API 34 with components, tracker meta-data and a Chinese label. */
  static ApkSpec modern(SignerIdentity signer) {
    Map<String, String> metaData = new LinkedHashMap<>();
    metaData.put("UMENG_APPKEY", "5f8e3c2a1b2c3d4e5f6a7b8c");
    metaData.put("UMENG_CHANNEL", "huawei");
    metaData.put("JPUSH_CHANNEL", "developer-default");
    Map<String, String> strings = new LinkedHashMap<>();
    strings.put("consent_title", "用户协议与隐私政策");
    strings.put("consent_body", "请您务必审慎阅读、充分理解“用户协议”和“隐私政策”各条款。");
    strings.put("consent_agree", "同意");
    return new ApkSpec(
        "com.weather.forecast",
        120034,
        "12.0.34-beta",
        21,
        34,
        "天气预报",
        List.of(
            perm("android.permission.INTERNET"),
            perm("android.permission.ACCESS_FINE_LOCATION"),
            new UsesPermission("android.permission.WRITE_EXTERNAL_STORAGE", 28),
            new UsesPermission("android.permission.READ_EXTERNAL_STORAGE", 32),
            perm("android.permission.POST_NOTIFICATIONS")),
        List.of(
            new Component(Kind.ACTIVITY, "com.weather.forecast.SplashActivity", true, List.of()),
            new Component(Kind.ACTIVITY, "com.weather.forecast.DetailActivity", false, List.of()),
            new Component(
                Kind.SERVICE,
                "cn.jpush.android.service.PushService",
                true,
                List.of("cn.jpush.android.intent.REGISTER", "cn.jpush.android.intent.REPORT")),
            new Component(
                Kind.RECEIVER,
                "com.weather.forecast.BootReceiver",
                true,
                List.of("android.intent.action.BOOT_COMPLETED")),
            new Component(Kind.PROVIDER, "com.weather.forecast.DataProvider", false, List.of())),
        metaData,
        sdkClasses(),
        strings,
        signer);
  }

  /** Three thousand classes across the app and three tracker SDKs. */
  static List<String> sdkClasses() {
    List<String> names = new ArrayList<>();
    String[] prefixes = {
      "com.weather.forecast.ui", "com.umeng.analytics", "com.tencent.mm.opensdk", "com.igexin.sdk"
    };
    for (String prefix : prefixes) {
      for (int i = 0; i < 750; i++) {
        names.add(prefix + ".p" + (i % 7) + ".C" + i + (i % 5 == 0 ? "$Inner" : ""));
      }
    }
    return names;
  }

  private static UsesPermission perm(String name) {
    return new UsesPermission(name, null);
  }
}
