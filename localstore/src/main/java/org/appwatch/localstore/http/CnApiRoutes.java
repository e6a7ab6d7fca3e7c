package org.appwatch.localstore.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Category;
import org.appwatch.localstore.corpus.CategoryIndex;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.corpus.PageEncoding;
import org.appwatch.localstore.corpus.Permission;
import org.appwatch.localstore.corpus.StoreId;

/**
 * The Chinese-store JSON API: {@code /api/v1/categories}, {@code
 * /api/v1/apps?category=X&page=N&pageSize=M} (1-based pages, at most {@value #MAX_PAGE_SIZE}) and
 * {@code /api/v1/app/<pkg>}. Responses wrap data in {@code {"code":0,"msg":"success","data":..}};
 * detail responses are encoded and labelled per app ({@link PageEncoding}), GBK for some.
 */
final class CnApiRoutes implements Route {

  static final int MAX_PAGE_SIZE = 100;
  private static final Charset GBK = Charset.forName("GBK");

  private final Corpus corpus;
  private final CategoryIndex index;
  private final ApkFiles apks;
  private final URI self;
  private final URI sites;

  CnApiRoutes(Corpus corpus, CategoryIndex index, ApkFiles apks, URI self, URI sites) {
    this.corpus = corpus;
    this.index = index;
    this.apks = apks;
    this.self = self;
    this.sites = sites;
  }

  @Override
  public Reply handle(Request req) throws IOException {
    String path = req.path();
    if (path.equals("/api/v1/categories")) {
      return Reply.json(categories().getBytes(StandardCharsets.UTF_8));
    }
    if (path.equals("/api/v1/apps")) {
      Optional<Category> c = WebStoreRoutes.category(req.query().getOrDefault("category", ""));
      int page = req.intParam("page", 1);
      int size = req.intParam("pageSize", 20);
      if (c.isEmpty() || page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
        return error(400, "bad request");
      }
      CategoryIndex.Page p = index.page(StoreId.CN, c.get(), page - 1, size);
      return Reply.json(list(page, size, p).getBytes(StandardCharsets.UTF_8));
    }
    if (path.startsWith("/api/v1/app/")) {
      Optional<AppSpec> app =
          corpus
              .byPackage(path.substring("/api/v1/app/".length()))
              .filter(a -> a.listedIn(StoreId.CN));
      if (app.isEmpty()) {
        return error(404, "应用不存在");
      }
      AppSpec a = app.get();
      String json = detail(a);
      PageEncoding enc = a.cnEncoding();
      String type =
          enc.headerCharset() == null
              ? "application/json"
              : "application/json; charset=" + enc.headerCharset();
      return Reply.encoded(type, json, enc.gbk() ? GBK : StandardCharsets.UTF_8);
    }
    return error(404, "not found");
  }

  private static Reply error(int status, String msg) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FdroidIndexV2.JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeNumberField("code", status);
      g.writeStringField("msg", msg);
      g.writeNullField("data");
      g.writeEndObject();
    }
    return new Reply(
        status,
        "application/json; charset=utf-8",
        w.toString().getBytes(StandardCharsets.UTF_8),
        null,
        null,
        null,
        true,
        java.util.Map.of());
  }

  private String categories() throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = envelope(w)) {
      g.writeStartArray();
      for (Category c : Category.values()) {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("name", c.chinese());
        g.writeStringField("nameEn", c.english());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return w.toString();
  }

  private String list(int page, int size, CategoryIndex.Page p) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = envelope(w)) {
      g.writeStartObject();
      g.writeNumberField("page", page);
      g.writeNumberField("pageSize", size);
      g.writeBooleanField("hasMore", p.hasMore());
      g.writeArrayFieldStart("list");
      for (int i : p.indices()) {
        AppSpec a = corpus.app(i);
        g.writeStartObject();
        g.writeStringField("appId", "C" + (100000 + a.index()));
        g.writeStringField("appName", a.title());
        g.writeStringField("packageName", a.packageName());
        g.writeStringField("versionName", a.versionName());
        g.writeNumberField("downloads", a.installs());
        g.writeNumberField("rating", a.rating());
        g.writeStringField("detailUrl", "/api/v1/app/" + a.packageName());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    return w.toString();
  }

  private String detail(AppSpec a) throws IOException {
    ApkFiles.Facts f = apks.facts(a);
    StringWriter w = new StringWriter();
    try (JsonGenerator g = envelope(w)) {
      g.writeStartObject();
      g.writeStringField("appId", "C" + (100000 + a.index()));
      g.writeStringField("appName", a.title());
      g.writeStringField("packageName", a.packageName());
      g.writeStringField("开发者", a.developer().nameZh());
      g.writeStringField("developer", a.developer().nameZh());
      g.writeStringField("categoryId", a.category().id());
      g.writeStringField("categoryName", a.category().chinese());
      g.writeNumberField("下载次数", a.installs());
      g.writeNumberField("downloads", a.installs());
      g.writeNumberField("rating", a.rating());
      g.writeStringField("versionName", a.versionName());
      g.writeNumberField("versionCode", a.versionCode());
      g.writeNumberField("minSdkVersion", a.minSdk());
      g.writeNumberField("targetSdkVersion", a.targetSdk());
      g.writeStringField("updateTime", a.lastUpdated().toString());
      g.writeStringField("description", a.summary());
      g.writeArrayFieldStart("权限");
      for (String p : a.permissions()) {
        g.writeString(Permission.of(p).map(Permission::labelZh).orElse(p));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("permissions");
      for (String p : a.permissions()) {
        g.writeStartObject();
        g.writeStringField("name", p);
        g.writeStringField("desc", Permission.of(p).map(Permission::labelZh).orElse(p));
        g.writeEndObject();
      }
      g.writeEndArray();
      String policy =
          a.policyLink().linked() ? sites.resolve(a.policyPath().substring(1)).toString() : "";
      g.writeStringField("隐私政策", policy);
      g.writeStringField("privacyPolicyUrl", policy);
      g.writeStringField("apkUrl", self.resolve("api/v1/download/" + a.apkFileName()).toString());
      g.writeStringField("sha256", f.sha256Hex());
      g.writeNumberField("size", f.size());
      g.writeEndObject();
      g.writeEndObject();
    }
    return w.toString();
  }

  /** Opens {@code {"code":0,"msg":"success","data":} and leaves the data value to the caller. */
  private static JsonGenerator envelope(StringWriter w) throws IOException {
    JsonGenerator g = FdroidIndexV2.JSON.createGenerator(w);
    g.writeStartObject();
    g.writeNumberField("code", 0);
    g.writeStringField("msg", "success");
    g.writeFieldName("data");
    return g;
  }
}
