package org.appwatch.scoring.apk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.appwatch.localstore.apk.ApkSpec;
import org.appwatch.localstore.apk.ApkSpec.Component;
import org.appwatch.localstore.apk.ApkSpec.Component.Kind;
import org.appwatch.localstore.apk.ApkSpec.SignerIdentity;
import org.appwatch.localstore.apk.ApkSpec.UsesPermission;
import org.appwatch.localstore.apk.ApkWriter;

/** APK fixtures: realistic ones from the local store's writer, and raw zips for hostile cases. */
final class TestApks {
  static final SignerIdentity DEVELOPER = new SignerIdentity(42L, 1, "北京某某科技有限公司");
  static final ApkWriter WRITER = new ApkWriter();

  private TestApks() {}

  /** An app with tracker components, meta-data, consent strings and three SDKs' classes. */
  static ApkSpec modern() {
    Map<String, String> metaData = new LinkedHashMap<>();
    metaData.put("UMENG_APPKEY", "5f8e3c2a1b2c3d4e5f6a7b8c");
    metaData.put("UMENG_CHANNEL", "huawei");
    metaData.put("JPUSH_APPKEY", "a1b2c3");
    Map<String, String> strings = new LinkedHashMap<>();
    strings.put("consent_title", "用户协议与隐私政策");
    strings.put(
        "consent_body", "请您务必审慎阅读“用户协议”和“隐私政策”。完整内容见 https://www.example.cn/privacy.html 。");
    strings.put("consent_agree", "同意");
    strings.put("consent_disagree", "不同意");
    return new ApkSpec(
        "com.weather.forecast",
        120034,
        "12.0.34-beta",
        21,
        34,
        "天气预报",
        List.of(
            new UsesPermission("android.permission.INTERNET", null),
            new UsesPermission("android.permission.ACCESS_FINE_LOCATION", null),
            new UsesPermission("android.permission.WRITE_EXTERNAL_STORAGE", 28),
            new UsesPermission("android.permission.READ_PHONE_STATE", null),
            new UsesPermission("com.example.custom.PERMISSION", null)),
        List.of(
            new Component(Kind.ACTIVITY, "com.weather.forecast.SplashActivity", true, List.of()),
            new Component(Kind.ACTIVITY, "com.weather.forecast.DetailActivity", false, List.of()),
            new Component(
                Kind.SERVICE,
                "com.igexin.sdk.PushService",
                true,
                List.of("com.igexin.sdk.action.service.message")),
            new Component(
                Kind.RECEIVER,
                "com.weather.forecast.BootReceiver",
                true,
                List.of("android.intent.action.BOOT_COMPLETED")),
            new Component(Kind.PROVIDER, "com.weather.forecast.DataProvider", false, List.of())),
        metaData,
        classes(
            "com.weather.forecast.ui", 300,
            "com.umeng.analytics", 100,
            "com.tencent.mm.opensdk.openapi", 50,
            "com.qq.e.ads", 50,
            "com.igexin.sdk", 50),
        strings,
        DEVELOPER);
  }

  /** An old app with no SDKs and many dangerous permissions. */
  static ApkSpec legacy(int n) {
    return new ApkSpec(
        "com.example.flashlight" + n,
        7 + n,
        "1.6." + n,
        9,
        22,
        "Flashlight Pro",
        List.of(
            new UsesPermission("android.permission.CAMERA", null),
            new UsesPermission("android.permission.READ_SMS", null),
            new UsesPermission("android.permission.READ_CALL_LOG", null)),
        List.of(
            new Component(Kind.ACTIVITY, "com.example.flashlight.MainActivity", true, List.of())),
        Map.of(),
        classes("com.example.flashlight", 20 + n),
        Map.of(),
        new SignerIdentity(42L, 2 + n % 3, "Developer " + (n % 3)));
  }

  /** Alternating package prefix and count: {@code "a.b", 10, "c.d", 5}. */
  static List<String> classes(Object... prefixAndCount) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < prefixAndCount.length; i += 2) {
      String prefix = (String) prefixAndCount[i];
      int count = (Integer) prefixAndCount[i + 1];
      for (int j = 0; j < count; j++) {
        names.add(prefix + ".p" + (j % 7) + ".C" + j + (j % 5 == 0 ? "$Inner" : ""));
      }
    }
    return names;
  }

  /** A zip of the given entries, each STORED or DEFLATED as asked. */
  static byte[] zip(Map<String, byte[]> entries, boolean deflate) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        if (!deflate) {
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The entries of a zip written by {@link ApkWriter}, to rebuild hostile variants from. */
  static Map<String, byte[]> entries(byte[] apk) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(apk))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        out.put(e.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
