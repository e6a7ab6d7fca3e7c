package org.appwatch.localstore.http;

import static org.appwatch.localstore.http.Html.esc;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.IntFunction;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Category;
import org.appwatch.localstore.corpus.CategoryIndex;
import org.appwatch.localstore.corpus.Permission;
import org.appwatch.localstore.corpus.Sdk;

/**
 * The web store's HTML, marked up in the manner of Google Play (schema.org {@code itemprop}s, class
 * names per field). The selectors a scraper uses are listed in {@code localstore/README.md}.
 */
final class WebPages {

  private static final DateTimeFormatter PLAY_DATE =
      DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

  private final URI sites;
  private final URI files;

  /**
   * @param sites base of the developers' sites (policy links)
   * @param files base of the APK downloads on this host
   */
  WebPages(URI sites, URI files) {
    this.sites = sites;
    this.files = files;
  }

  String categories() {
    StringBuilder b = head("应用 - 分类", "/store/apps");
    b.append("<ul class=\"categories\">\n");
    for (Category c : Category.values()) {
      b.append("<li><a class=\"category\" data-category=\"")
          .append(c.id())
          .append("\" href=\"/store/apps/category/")
          .append(c.id())
          .append("\">")
          .append(esc(c.chinese()))
          .append("</a></li>\n");
    }
    return b.append("</ul>\n</body></html>\n").toString();
  }

  String category(Category c, int page, CategoryIndex.Page p, IntFunction<AppSpec> apps) {
    String self = "/store/apps/category/" + c.id();
    StringBuilder b = head(c.chinese() + " - 第" + page + "页", self + "?page=" + page);
    b.append("<h1 class=\"category-title\">").append(esc(c.chinese())).append("</h1>\n");
    b.append("<div class=\"card-list\">\n");
    for (int i : p.indices()) {
      AppSpec a = apps.apply(i);
      b.append("<div class=\"card\" data-docid=\"")
          .append(esc(a.packageName()))
          .append("\">")
          .append("<a class=\"title\" href=\"/store/apps/details?id=")
          .append(esc(a.packageName()))
          .append("\" title=\"")
          .append(esc(a.title()))
          .append("\">")
          .append(esc(a.title()))
          .append("</a><a class=\"subtitle\" href=\"/store/apps/developer?id=")
          .append(esc(a.developer().slug()))
          .append("\">")
          .append(esc(a.developer().nameZh()))
          .append("</a><div class=\"rating\" aria-label=\"评分：")
          .append(a.rating())
          .append("\"></div></div>\n");
    }
    b.append("</div>\n<div class=\"pagination\">");
    if (page > 1) {
      b.append("<a rel=\"prev\" href=\"")
          .append(self)
          .append("?page=")
          .append(page - 1)
          .append("\">上一页</a>");
    }
    if (p.hasMore()) {
      b.append("<a rel=\"next\" href=\"")
          .append(self)
          .append("?page=")
          .append(page + 1)
          .append("\">下一页</a>");
    }
    return b.append("</div>\n</body></html>\n").toString();
  }

  String details(AppSpec a) {
    StringBuilder b = head(a.title() + " - 应用商店", "/store/apps/details?id=" + a.packageName());
    b.append(
            "<div class=\"details\" itemscope itemtype=\"https://schema.org/SoftwareApplication\">\n")
        .append("<meta itemprop=\"identifier\" content=\"")
        .append(esc(a.packageName()))
        .append("\">\n")
        .append("<h1 class=\"title\" itemprop=\"name\"><span>")
        .append(esc(a.title()))
        .append("</span></h1>\n")
        .append(
            "<div class=\"developer\" itemprop=\"author\" itemscope itemtype=\"https://schema.org/Organization\">")
        .append("<a href=\"/store/apps/developer?id=")
        .append(esc(a.developer().slug()))
        .append("\"><span itemprop=\"name\">")
        .append(esc(a.developer().nameZh()))
        .append("</span></a></div>\n")
        .append(
            "<a class=\"category\" itemprop=\"applicationCategory\" href=\"/store/apps/category/")
        .append(a.category().id())
        .append("\" data-category=\"")
        .append(a.category().id())
        .append("\">")
        .append(esc(a.category().chinese()))
        .append("</a>\n")
        .append(
            "<div class=\"rating\" itemprop=\"aggregateRating\" itemscope itemtype=\"https://schema.org/AggregateRating\">")
        .append("<meta itemprop=\"ratingValue\" content=\"")
        .append(a.rating())
        .append("\">")
        .append("<meta itemprop=\"ratingCount\" content=\"")
        .append(a.ratingCount())
        .append("\">")
        .append("<span class=\"rating-value\">")
        .append(a.rating())
        .append("</span></div>\n")
        .append("<div class=\"description\" itemprop=\"description\">")
        .append(esc(a.summary()))
        .append("</div>\n");
    b.append("<dl class=\"additional-info\">\n");
    field(b, "updated", "更新日期", a.lastUpdated().format(PLAY_DATE), "datePublished");
    field(b, "installs", "下载次数", Html.installs(a.installs()), null);
    field(b, "version", "当前版本", a.versionName(), "softwareVersion");
    field(b, "min-android", "Android 系统版本要求", "API " + a.minSdk() + " 或更高版本", "operatingSystem");
    field(b, "offered-by", "提供者", a.developer().nameZh(), null);
    b.append("</dl>\n");
    if (a.policyLink().linked()) {
      b.append("<a class=\"privacy-policy\" rel=\"privacy-policy\" href=\"")
          .append(esc(sites.resolve(a.policyPath().substring(1)).toString()))
          .append("\">隐私权政策</a>\n");
    }
    b.append(
        "<section class=\"data-safety\" id=\"data-safety\"><h2>数据安全</h2>\n<ul class=\"data-shared\">\n");
    for (Sdk s : a.sdks()) {
      b.append("<li class=\"data-type\" data-sdk-category=\"")
          .append(esc(s.category()))
          .append("\">")
          .append(esc(String.join("、", s.dataZh())))
          .append("</li>\n");
    }
    if (a.sdks().isEmpty()) {
      b.append("<li class=\"no-data-shared\">开发者声明未与第三方分享数据</li>\n");
    }
    b.append(
        "</ul></section>\n<section class=\"permissions\" id=\"permissions\"><h2>权限</h2>\n<ul>\n");
    for (String p : a.permissions()) {
      String label = Permission.of(p).map(Permission::labelZh).orElse(p);
      b.append("<li class=\"permission\" data-permission=\"")
          .append(esc(p))
          .append("\">")
          .append(esc(label))
          .append("</li>\n");
    }
    b.append("</ul></section>\n")
        .append("<a class=\"download\" itemprop=\"downloadUrl\" href=\"")
        .append(esc(files.resolve(a.apkFileName()).toString()))
        .append("\">下载 APK</a>\n</div>\n</body></html>\n");
    return b.toString();
  }

  private static void field(
      StringBuilder b, String key, String label, String value, String itemprop) {
    b.append("<div class=\"info\"><dt>")
        .append(esc(label))
        .append("</dt><dd data-field=\"")
        .append(key)
        .append('"');
    if (itemprop != null) {
      b.append(" itemprop=\"").append(itemprop).append('"');
    }
    b.append('>').append(esc(value)).append("</dd></div>\n");
  }

  private static StringBuilder head(String title, String canonical) {
    return new StringBuilder(4096)
        .append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append("</title><link rel=\"canonical\" href=\"")
        .append(esc(canonical))
        .append("\"></head>\n<body>\n");
  }
}
