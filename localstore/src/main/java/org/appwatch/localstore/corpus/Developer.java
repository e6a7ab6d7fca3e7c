package org.appwatch.localstore.corpus;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated developer (operator). Derived from {@code (seed, number)} alone, so every app of the
 * developer carries the same name, site and signing identity.
 *
 * @param number index among the corpus's developers
 * @param vendor the lower-case token used in package names, e.g. {@code qingfeng}
 * @param slug the developer's path on the sites host (unique per developer)
 * @param nameZh registered Chinese company name
 * @param nameEn English company name
 * @param email contact address written into policies
 */
public record Developer(
    int number, String vendor, String slug, String nameZh, String nameEn, String email) {

  private static final List<String[]> SYLLABLES =
      List.of(
          new String[] {"qing", "青"},
          new String[] {"feng", "风"},
          new String[] {"yun", "云"},
          new String[] {"tian", "天"},
          new String[] {"xing", "星"},
          new String[] {"hai", "海"},
          new String[] {"ming", "明"},
          new String[] {"hua", "华"},
          new String[] {"xin", "新"},
          new String[] {"long", "龙"},
          new String[] {"le", "乐"},
          new String[] {"kang", "康"},
          new String[] {"jia", "嘉"},
          new String[] {"rui", "瑞"},
          new String[] {"bo", "博"},
          new String[] {"chuang", "创"},
          new String[] {"zhi", "智"},
          new String[] {"lan", "蓝"},
          new String[] {"mu", "木"},
          new String[] {"shan", "山"},
          new String[] {"yu", "宇"},
          new String[] {"chen", "辰"},
          new String[] {"teng", "腾"},
          new String[] {"da", "达"});
  private static final List<String[]> CITIES =
      List.of(
          new String[] {"北京", "Beijing"}, new String[] {"上海", "Shanghai"},
          new String[] {"深圳", "Shenzhen"}, new String[] {"杭州", "Hangzhou"},
          new String[] {"广州", "Guangzhou"}, new String[] {"成都", "Chengdu"},
          new String[] {"南京", "Nanjing"}, new String[] {"武汉", "Wuhan"});
  private static final List<String[]> KINDS =
      List.of(
          new String[] {"网络科技有限公司", "Network Technology Co., Ltd."},
          new String[] {"信息技术有限公司", "Information Technology Co., Ltd."},
          new String[] {"软件有限公司", "Software Co., Ltd."},
          new String[] {"互联网科技有限公司", "Internet Technology Co., Ltd."});

  /** The developer numbered {@code number} in the corpus seeded {@code seed}. */
  static Developer of(long seed, int number) {
    SplittableRandom r = Seeds.random(seed, 0xDE7L, number);
    String[] a = SYLLABLES.get(r.nextInt(SYLLABLES.size()));
    String[] b = SYLLABLES.get(r.nextInt(SYLLABLES.size()));
    String[] city = CITIES.get(r.nextInt(CITIES.size()));
    String[] kind = KINDS.get(r.nextInt(KINDS.size()));
    String vendor = a[0] + b[0];
    String slug = vendor + "-" + Integer.toString(number, 36);
    String titled = Character.toUpperCase(vendor.charAt(0)) + vendor.substring(1);
    return new Developer(
        number,
        vendor,
        slug,
        city[0] + a[1] + b[1] + kind[0],
        city[1] + " " + titled + " " + kind[1],
        "privacy@" + vendor + ".example.cn");
  }
}
