package org.appwatch.localstore.corpus;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** App titles, package-name words and blurbs per category, Chinese for most apps. */
final class Titles {

  private static final List<String> PREFIX_ZH =
      List.of("超级", "极速", "全能", "智能", "快乐", "掌上", "随手", "轻松", "万能", "小");
  private static final List<String> PREFIX_EN =
      List.of("Super", "Smart", "Quick", "Easy", "Pocket", "Happy", "Daily", "Pro");

  /** Per category: {Chinese noun, English noun, package word}. */
  private static final Map<Category, List<String[]>> NOUNS =
      Map.of(
          Category.TOOLS,
              List.of(
                  new String[] {"清理大师", "Cleaner", "cleaner"},
                  new String[] {"手电筒", "Flashlight", "flashlight"},
                  new String[] {"扫描王", "Scanner", "scanner"},
                  new String[] {"计算器", "Calculator", "calc"},
                  new String[] {"WiFi钥匙", "WiFi Key", "wifi"}),
          Category.SOCIAL,
              List.of(
                  new String[] {"聊天", "Chat", "chat"},
                  new String[] {"交友", "Friends", "friends"},
                  new String[] {"圈子", "Circle", "circle"}),
          Category.SHOPPING,
              List.of(
                  new String[] {"优选商城", "Mall", "mall"},
                  new String[] {"折扣", "Deals", "deals"},
                  new String[] {"团购", "Group Buy", "tuan"}),
          Category.FINANCE,
              List.of(
                  new String[] {"记账", "Ledger", "ledger"},
                  new String[] {"钱包", "Wallet", "wallet"},
                  new String[] {"理财", "Invest", "licai"}),
          Category.GAME,
              List.of(
                  new String[] {"消消乐", "Match", "match"},
                  new String[] {"跑酷", "Runner", "runner"},
                  new String[] {"三国", "Kingdoms", "sanguo"},
                  new String[] {"麻将", "Mahjong", "mahjong"}),
          Category.VIDEO,
              List.of(
                  new String[] {"短视频", "Clips", "clips"},
                  new String[] {"影视", "Movies", "movies"},
                  new String[] {"直播", "Live", "live"}),
          Category.TRAVEL,
              List.of(
                  new String[] {"打车", "Ride", "ride"},
                  new String[] {"地图导航", "Maps", "navi"},
                  new String[] {"公交", "Bus", "bus"}),
          Category.EDUCATION,
              List.of(
                  new String[] {"背单词", "Words", "words"},
                  new String[] {"作业帮手", "Homework", "homework"},
                  new String[] {"网课", "Classes", "classes"}),
          Category.NEWS,
              List.of(
                  new String[] {"头条", "Headlines", "news"}, new String[] {"日报", "Daily", "daily"}),
          Category.HEALTH,
              List.of(
                  new String[] {"计步器", "Steps", "steps"},
                  new String[] {"健身", "Fitness", "fitness"},
                  new String[] {"问医生", "Doctor", "doctor"}));

  private static final List<String> PACKAGE_WORDS =
      NOUNS.values().stream().flatMap(List::stream).map(n -> n[2]).sorted().toList();

  private Titles() {}

  /** Every word that can precede the index tail of a package name; none is a prefix of another. */
  static List<String> packageWords() {
    return PACKAGE_WORDS;
  }

  /** {title, package word, summary}; English titles for about one app in seven. */
  static String[] draw(SplittableRandom r, Category category) {
    List<String[]> nouns = NOUNS.get(category);
    String[] noun = nouns.get(r.nextInt(nouns.size()));
    boolean english = r.nextInt(7) == 0;
    String title =
        english
            ? PREFIX_EN.get(r.nextInt(PREFIX_EN.size())) + " " + noun[1]
            : PREFIX_ZH.get(r.nextInt(PREFIX_ZH.size())) + noun[0];
    String summary =
        english
            ? "A simple " + noun[1].toLowerCase() + " app."
            : "一款简单好用的" + category.chinese() + "应用：" + noun[0] + "。";
    return new String[] {title, noun[2], summary};
  }
}
