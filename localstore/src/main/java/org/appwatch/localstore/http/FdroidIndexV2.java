package org.appwatch.localstore.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.IntStream;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Category;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.corpus.Sdk;
import org.appwatch.localstore.corpus.StoreId;

/**
 * Streams the repository's {@code index-v2.json} in F-Droid's v2 format (repo, then packages keyed
 * by name, versions keyed by APK SHA-256), one app in memory at a time. APK digests are computed in
 * parallel first, then cached by {@link ApkFiles}.
 */
final class FdroidIndexV2 {

  static final JsonFactory JSON = new JsonFactory();

  private final Corpus corpus;
  private final ApkFiles apks;
  private final String repoAddress;

  FdroidIndexV2(Corpus corpus, ApkFiles apks, String repoAddress) {
    this.corpus = corpus;
    this.apks = apks;
    this.repoAddress = repoAddress;
  }

  /** The F-Droid apps' indices, ascending. */
  IntStream fdroidApps() {
    return corpus.aliveIndices().filter(i -> corpus.stores(i).contains(StoreId.FDROID));
  }

  /** Computes every listed APK's digest once, on all cores. */
  void warm() {
    fdroidApps().parallel().forEach(i -> apks.facts(corpus.app(i)));
  }

  long timestamp() {
    return millis(corpus.crawlDate());
  }

  static long millis(LocalDate d) {
    return d.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  void write(OutputStream out) throws IOException {
    warm();
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.writeStartObject();
      g.writeObjectFieldStart("repo");
      localized(g, "name", "appwatch local F-Droid repository");
      localized(g, "description", "Generated apps for crawler tests (seed " + corpus.seed() + ")");
      g.writeStringField("address", repoAddress);
      g.writeNumberField("timestamp", timestamp());
      g.writeObjectFieldStart("categories");
      for (Category c : Category.values()) {
        g.writeObjectFieldStart(c.id());
        localized(g, "name", c.english());
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeObjectFieldStart("antiFeatures");
      for (String[] af : new String[][] {{"Ads", "Advertising"}, {"Tracking", "Tracking"}}) {
        g.writeObjectFieldStart(af[0]);
        localized(g, "name", af[1]);
        g.writeEndObject();
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeObjectFieldStart("packages");
      for (var it = fdroidApps().iterator(); it.hasNext(); ) {
        writePackage(g, corpus.app(it.nextInt()));
      }
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private void writePackage(JsonGenerator g, AppSpec a) throws IOException {
    ApkFiles.Facts f = apks.facts(a);
    g.writeObjectFieldStart(a.packageName());
    g.writeObjectFieldStart("metadata");
    g.writeNumberField("added", millis(a.added()));
    g.writeNumberField("lastUpdated", millis(a.lastUpdated()));
    g.writeArrayFieldStart("categories");
    g.writeString(a.category().id());
    g.writeEndArray();
    localized(g, "name", a.title());
    localized(g, "summary", a.summary());
    localized(g, "description", a.summary() + "\n\n" + a.developer().nameZh());
    g.writeStringField("license", a.license());
    g.writeStringField("authorName", a.developer().nameEn());
    g.writeStringField("authorEmail", a.developer().email());
    g.writeStringField("webSite", "https://" + a.developer().vendor() + ".example.cn/");
    g.writeStringField(
        "sourceCode", "https://git.example.cn/" + a.developer().slug() + "/" + a.packageName());
    g.writeEndObject();
    g.writeObjectFieldStart("versions");
    g.writeObjectFieldStart(f.sha256Hex());
    g.writeNumberField("added", millis(a.lastUpdated()));
    g.writeObjectFieldStart("file");
    g.writeStringField("name", "/" + a.apkFileName());
    g.writeStringField("sha256", f.sha256Hex());
    g.writeNumberField("size", f.size());
    g.writeEndObject();
    g.writeObjectFieldStart("manifest");
    g.writeStringField("versionName", a.versionName());
    g.writeNumberField("versionCode", a.versionCode());
    g.writeObjectFieldStart("usesSdk");
    g.writeNumberField("minSdkVersion", a.minSdk());
    g.writeNumberField("targetSdkVersion", a.targetSdk());
    g.writeEndObject();
    if (f.signerSha256() != null) {
      g.writeObjectFieldStart("signer");
      g.writeArrayFieldStart("sha256");
      g.writeString(f.signerSha256());
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeArrayFieldStart("usesPermission");
    for (var p : a.apk().permissions()) {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      if (p.maxSdkVersion() != null) {
        g.writeNumberField("maxSdkVersion", p.maxSdkVersion());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    boolean ads = a.sdks().stream().anyMatch(s -> s.category().equals("ads"));
    boolean tracking = a.sdks().stream().map(Sdk::category).anyMatch(c -> c.equals("analytics"));
    if (ads || tracking) {
      g.writeObjectFieldStart("antiFeatures");
      if (ads) {
        g.writeObjectFieldStart("Ads");
        g.writeEndObject();
      }
      if (tracking) {
        g.writeObjectFieldStart("Tracking");
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  static void localized(JsonGenerator g, String field, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("en-US", text);
    g.writeEndObject();
  }
}
