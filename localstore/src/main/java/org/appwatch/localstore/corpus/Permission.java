package org.appwatch.localstore.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Real Android permissions the generator draws from, with how often apps request them and how
 * categories change that. Dangerous means runtime-granted since API 23 (Android's protection level
 * {@code dangerous}).
 */
public enum Permission {
  INTERNET("android.permission.INTERNET", false, 0.98, "完全的网络访问权限"),
  ACCESS_NETWORK_STATE("android.permission.ACCESS_NETWORK_STATE", false, 0.9, "查看网络连接"),
  ACCESS_WIFI_STATE("android.permission.ACCESS_WIFI_STATE", false, 0.6, "查看WLAN连接"),
  WAKE_LOCK("android.permission.WAKE_LOCK", false, 0.45, "防止手机休眠"),
  VIBRATE("android.permission.VIBRATE", false, 0.4, "控制振动"),
  RECEIVE_BOOT_COMPLETED("android.permission.RECEIVE_BOOT_COMPLETED", false, 0.25, "开机启动"),
  FOREGROUND_SERVICE("android.permission.FOREGROUND_SERVICE", false, 0.2, "运行前台服务"),
  REQUEST_INSTALL_PACKAGES("android.permission.REQUEST_INSTALL_PACKAGES", false, 0.12, "请求安装文件包"),
  BLUETOOTH("android.permission.BLUETOOTH", false, 0.06, "与蓝牙设备配对"),
  READ_PHONE_STATE("android.permission.READ_PHONE_STATE", true, 0.35, "读取手机状态和身份"),
  ACCESS_FINE_LOCATION("android.permission.ACCESS_FINE_LOCATION", true, 0.2, "获取精确位置"),
  ACCESS_COARSE_LOCATION("android.permission.ACCESS_COARSE_LOCATION", true, 0.25, "获取大致位置"),
  ACCESS_BACKGROUND_LOCATION(
      "android.permission.ACCESS_BACKGROUND_LOCATION", true, 0.03, "在后台使用位置信息"),
  CAMERA("android.permission.CAMERA", true, 0.3, "拍摄照片和视频"),
  RECORD_AUDIO("android.permission.RECORD_AUDIO", true, 0.15, "录音"),
  READ_CONTACTS("android.permission.READ_CONTACTS", true, 0.08, "读取您的通讯录"),
  READ_SMS("android.permission.READ_SMS", true, 0.04, "读取短信"),
  SEND_SMS("android.permission.SEND_SMS", true, 0.02, "发送短信"),
  READ_CALL_LOG("android.permission.READ_CALL_LOG", true, 0.02, "读取通话记录"),
  CALL_PHONE("android.permission.CALL_PHONE", true, 0.06, "直接拨打电话号码"),
  READ_CALENDAR("android.permission.READ_CALENDAR", true, 0.04, "读取日历活动"),
  READ_EXTERNAL_STORAGE("android.permission.READ_EXTERNAL_STORAGE", true, 0.55, "读取存储卡中的内容"),
  WRITE_EXTERNAL_STORAGE("android.permission.WRITE_EXTERNAL_STORAGE", true, 0.55, "修改或删除存储卡中的内容"),
  ACTIVITY_RECOGNITION("android.permission.ACTIVITY_RECOGNITION", true, 0.03, "识别身体活动"),
  BODY_SENSORS("android.permission.BODY_SENSORS", true, 0.01, "访问身体传感器"),
  POST_NOTIFICATIONS("android.permission.POST_NOTIFICATIONS", true, 0.3, "发送通知");

  /** Per-category multipliers; a small one makes a permission rare in that category (M4.1). */
  private static final Map<Category, Map<Permission, Double>> BY_CATEGORY =
      Map.of(
          Category.TRAVEL, Map.of(ACCESS_FINE_LOCATION, 3.5, ACCESS_COARSE_LOCATION, 3.0),
          Category.SOCIAL,
              Map.of(READ_CONTACTS, 4.0, RECORD_AUDIO, 2.5, CAMERA, 1.8, ACCESS_FINE_LOCATION, 1.5),
          Category.FINANCE, Map.of(CAMERA, 2.0, READ_SMS, 0.3, READ_CONTACTS, 0.3),
          Category.TOOLS,
              Map.of(
                  ACCESS_FINE_LOCATION, 0.3, READ_CONTACTS, 0.2, RECORD_AUDIO, 0.4, READ_SMS, 0.3),
          Category.EDUCATION,
              Map.of(
                  READ_CONTACTS, 0.15, ACCESS_FINE_LOCATION, 0.3, READ_SMS, 0.2, CALL_PHONE, 0.2),
          Category.HEALTH,
              Map.of(ACTIVITY_RECOGNITION, 8.0, BODY_SENSORS, 10.0, READ_CONTACTS, 0.2),
          Category.GAME,
              Map.of(READ_CONTACTS, 0.1, READ_SMS, 0.1, CAMERA, 0.3, ACCESS_FINE_LOCATION, 0.3),
          Category.VIDEO, Map.of(READ_CONTACTS, 0.2, READ_SMS, 0.2, RECORD_AUDIO, 1.5));

  private final String androidName;
  private final boolean dangerous;
  private final double rate;
  private final String labelZh;

  Permission(String androidName, boolean dangerous, double rate, String labelZh) {
    this.androidName = androidName;
    this.dangerous = dangerous;
    this.rate = rate;
    this.labelZh = labelZh;
  }

  /** The manifest name, e.g. {@code android.permission.CAMERA}. */
  public String androidName() {
    return androidName;
  }

  public boolean dangerous() {
    return dangerous;
  }

  /** The Chinese label a store shows in its permission list. */
  public String labelZh() {
    return labelZh;
  }

  /** Probability that an app of {@code category} requests this permission. */
  double rate(Category category) {
    double m = BY_CATEGORY.getOrDefault(category, Map.of()).getOrDefault(this, 1.0);
    return Math.min(0.98, rate * m);
  }

  /** The table entry for a manifest name, if the table has it. */
  public static Optional<Permission> of(String androidName) {
    return Arrays.stream(values()).filter(p -> p.androidName.equals(androidName)).findFirst();
  }

  /** True for manifest names the table knows as dangerous. */
  public static boolean isDangerous(String androidName) {
    return of(androidName).map(Permission::dangerous).orElse(false);
  }

  /** True for location permissions (for M3.9 "denies location"). */
  public static boolean isLocation(String androidName) {
    return List.of(ACCESS_FINE_LOCATION, ACCESS_COARSE_LOCATION, ACCESS_BACKGROUND_LOCATION)
        .stream()
        .anyMatch(p -> p.androidName.equals(androidName));
  }
}
