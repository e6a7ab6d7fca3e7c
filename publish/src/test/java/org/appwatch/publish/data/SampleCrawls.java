package org.appwatch.publish.data;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two crawls of three stores and an empty fourth, written to the dataset contracts: Chinese titles,
 * an app whose title is a script tag, a store with no app, and apps whose risk moves between the
 * crawls. Each app gets five findings: an automated rule, a static hint, two manual checks and a
 * rule on two items.
 */
public final class SampleCrawls {

  public static final String PREVIOUS = "20261101T020000Z";
  public static final String LATEST = "20261124T231500Z";
  public static final String CATALOGUE = "1+e8cbafb6";
  public static final String HOSTILE = "<script>alert('pwned')</script>恶意 & Co";

  /** store, package, title, category, installs, risk in the previous crawl (-1: new), now. */
  record App(
      String store,
      String pkg,
      String title,
      String category,
      Long installs,
      double before,
      double now,
      boolean violates) {}

  public static final List<App> APPS =
      List.of(
          new App("cnapi", "com.example.reader", "微信读书助手", "阅读", 5_000_000L, 9.5, 14.26, true),
          new App("cnapi", "com.example.pay", "支付宝助手", "金融", 100_000L, 6.0, 5.5, true),
          new App("web", "com.evil.app", HOSTILE, "<b>工具</b>", 1000L, 3.0, 12.0, true),
          new App("web", "com.example.maps", "Maps & Routes", "Travel", null, 2.0, 2.0, false),
          new App("fdroid", "org.example.notes", "Notes", "Writing", null, -1, 1.2, false),
          new App("fdroid", "org.example.sms", "短信备份 SMS Backup", "Tools", null, 4.0, 7.8, true));

  private SampleCrawls() {}

  /** Writes both crawls under {@code workDir}; the store {@code empty} has no app in either. */
  public static void write(Path workDir) throws IOException {
    write(workDir, PREVIOUS, true);
    write(workDir, LATEST, false);
  }

  /** Writes one crawl. */
  public static void write(Path workDir, String crawlId, boolean previous) throws IOException {
    List<App> apps =
        APPS.stream()
            .filter(a -> !previous || a.before() >= 0)
            .sorted(Comparator.comparingDouble((App a) -> previous ? -a.before() : -a.now()))
            .toList();
    Map<String, List<AppScore>> scores = new LinkedHashMap<>();
    Map<String, List<Finding>> findings = new LinkedHashMap<>();
    for (String store : List.of("cnapi", "web", "fdroid", "empty")) {
      scores.put(store, new ArrayList<>());
      findings.put(store, new ArrayList<>());
    }
    LocalDate date =
        LocalDate.parse(crawlId.substring(0, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
    for (int rank = 1; rank <= apps.size(); rank++) {
      App a = apps.get(rank - 1);
      List<Finding> f = findingsOf(crawlId, a);
      findings.get(a.store()).addAll(f);
      scores.get(a.store()).add(score(crawlId, a, rank, previous ? a.before() : a.now(), date, f));
    }
    for (String store : scores.keySet()) {
      FixtureWriter.scores(workDir, crawlId, store, scores.get(store));
      FixtureWriter.findings(workDir, crawlId, store, findings.get(store));
    }
  }

  private static AppScore score(
      String crawlId, App a, int rank, double risk, LocalDate date, List<Finding> findings) {
    Map<String, AppScore.ItemRoll> items = new LinkedHashMap<>();
    for (Finding f : findings) {
      for (String item : f.methodItems()) {
        items.merge(
            item,
            new AppScore.ItemRoll(item, f.verdict(), List.of(f.ruleId())),
            (x, y) -> worse(x.verdict(), y.verdict()) ? x : y);
      }
    }
    int[] counts = new int[5];
    for (AppScore.ItemRoll r : items.values()) {
      counts[
          List.of("violation", "likely", "unknown", "manual-check", "pass").indexOf(r.verdict())]++;
    }
    return new AppScore(
        crawlId,
        a.store(),
        a.pkg(),
        a.title(),
        "开发者 " + a.pkg(),
        a.category(),
        a.installs(),
        "ab".repeat(32),
        a.violates() ? null : "cd".repeat(32),
        risk,
        rank,
        "risk " + risk + " = item points × reach; heaviest: M1.1",
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        counts[4],
        List.copyOf(items.values()),
        a.now() > a.before() && a.before() >= 0,
        CATALOGUE,
        date);
  }

  private static boolean worse(String a, String b) {
    List<String> order = List.of("violation", "likely", "unknown", "manual-check", "pass");
    return order.indexOf(a) <= order.indexOf(b);
  }

  static List<Finding> findingsOf(String crawlId, App a) {
    String warc = "<urn:uuid:0000-" + a.pkg() + ">";
    String apk = "apks/ab/" + "ab".repeat(32) + ".apk";
    List<Finding> f = new ArrayList<>();
    f.add(
        finding(
            crawlId,
            a,
            "AW-001",
            List.of("M1.1"),
            "automated",
            a.violates() ? "violation" : "pass",
            "critical",
            a.violates()
                ? List.of(
                    new Finding.Evidence(
                        "listing",
                        "no privacy-policy link on the listing <a href=x>",
                        null,
                        null,
                        warc))
                : List.of()));
    f.add(
        finding(
            crawlId, a, "AW-003", List.of("M1.2"), "manual", "manual-check", "medium", List.of()));
    f.add(
        finding(
            crawlId, a, "AW-041", List.of("M5.2"), "manual", "manual-check", "high", List.of()));
    f.add(
        finding(
            crawlId,
            a,
            "AW-005",
            List.of("M3.6"),
            "static-hint",
            "likely",
            "medium",
            List.of(
                new Finding.Evidence("apk", "SDK Tencent Ads [ads]", apk, 1024L, null),
                new Finding.Evidence("apk", "SDK 友盟统计 Umeng [analytics]", apk, 2048L, null))));
    f.add(
        finding(
            crawlId,
            a,
            "AW-012",
            List.of("M2.1", "M5.1"),
            "automated",
            a.violates() ? "violation" : "pass",
            "high",
            List.of(
                new Finding.Evidence(
                    "cross", "SDK 友盟统计 Umeng not named in policy", apk, 2048L, null),
                new Finding.Evidence(
                    "policy", "我们会与第三方共享您的信息。", "https://example.cn/privacy", 120L, warc))));
    return f;
  }

  private static Finding finding(
      String crawlId,
      App a,
      String rule,
      List<String> items,
      String kind,
      String verdict,
      String severity,
      List<Finding.Evidence> evidence) {
    return new Finding(
        crawlId,
        a.store(),
        a.pkg(),
        rule,
        items,
        kind,
        verdict,
        severity,
        0.8,
        "检查 " + a.pkg() + " 的 " + rule,
        "Check " + a.pkg() + " for " + rule,
        evidence,
        CATALOGUE);
  }

  /** The catalogue's view of the items the sample findings cite. */
  public static List<MethodItem> methodItems() {
    return List.of(
        new MethodItem("M1.1", "没有隐私政策", "no privacy policy", List.of("automated")),
        new MethodItem(
            "M1.2", "首次运行未提示阅读隐私政策", "no prompt at first run", List.of("static-hint", "manual")),
        new MethodItem("M2.1", "未逐一列出收集使用的目的、方式、范围", "purposes not listed", List.of("automated")),
        new MethodItem(
            "M3.6", "定向推送未提供非定向选项", "targeted push without opt-out", List.of("static-hint")),
        new MethodItem("M5.1", "未经同意向第三方提供", "shared with third parties", List.of("automated")),
        new MethodItem("M5.2", "后台向第三方提供", "back end shares", List.of("manual")));
  }
}
