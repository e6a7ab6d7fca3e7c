package org.appwatch.localstore.http;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;

/**
 * Streams {@code index-v1.json}, F-Droid's older format: an {@code apps} array of metadata and a
 * {@code packages} map of APK entries. Two passes over the apps, one app in memory at a time.
 */
final class FdroidIndexV1 {

  private final Corpus corpus;
  private final ApkFiles apks;
  private final FdroidIndexV2 v2;
  private final String repoAddress;

  FdroidIndexV1(Corpus corpus, ApkFiles apks, FdroidIndexV2 v2, String repoAddress) {
    this.corpus = corpus;
    this.apks = apks;
    this.v2 = v2;
    this.repoAddress = repoAddress;
  }

  void write(OutputStream out) throws IOException {
    v2.warm();
    try (JsonGenerator g = FdroidIndexV2.JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.writeStartObject();
      g.writeObjectFieldStart("repo");
      g.writeNumberField("timestamp", v2.timestamp());
      g.writeNumberField("version", 21);
      g.writeStringField("name", "appwatch local F-Droid repository");
      g.writeStringField("icon", "icon.png");
      g.writeStringField("address", repoAddress);
      g.writeStringField("description", "Generated apps for crawler tests");
      g.writeEndObject();
      g.writeObjectFieldStart("requests");
      g.writeArrayFieldStart("install");
      g.writeEndArray();
      g.writeArrayFieldStart("uninstall");
      g.writeEndArray();
      g.writeEndObject();
      g.writeArrayFieldStart("apps");
      for (var it = v2.fdroidApps().iterator(); it.hasNext(); ) {
        app(g, corpus.app(it.nextInt()));
      }
      g.writeEndArray();
      g.writeObjectFieldStart("packages");
      for (var it = v2.fdroidApps().iterator(); it.hasNext(); ) {
        AppSpec a = corpus.app(it.nextInt());
        g.writeArrayFieldStart(a.packageName());
        apk(g, a);
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private static void app(JsonGenerator g, AppSpec a) throws IOException {
    g.writeStartObject();
    g.writeStringField("packageName", a.packageName());
    g.writeArrayFieldStart("categories");
    g.writeString(a.category().id());
    g.writeEndArray();
    g.writeStringField("suggestedVersionCode", Integer.toString(a.versionCode()));
    g.writeStringField("license", a.license());
    g.writeStringField("name", a.title());
    g.writeStringField("summary", a.summary());
    g.writeStringField("authorName", a.developer().nameEn());
    g.writeStringField("webSite", "https://" + a.developer().vendor() + ".example.cn/");
    g.writeNumberField("added", FdroidIndexV2.millis(a.added()));
    g.writeNumberField("lastUpdated", FdroidIndexV2.millis(a.lastUpdated()));
    g.writeEndObject();
  }

  private void apk(JsonGenerator g, AppSpec a) throws IOException {
    ApkFiles.Facts f = apks.facts(a);
    g.writeStartObject();
    g.writeNumberField("added", FdroidIndexV2.millis(a.lastUpdated()));
    g.writeStringField("apkName", a.apkFileName());
    g.writeStringField("hash", f.sha256Hex());
    g.writeStringField("hashType", "sha256");
    g.writeNumberField("minSdkVersion", a.minSdk());
    g.writeStringField("packageName", a.packageName());
    if (f.signerMd5() != null) {
      g.writeStringField("sig", f.signerMd5());
      g.writeStringField("signer", f.signerSha256());
    }
    g.writeNumberField("size", f.size());
    g.writeNumberField("targetSdkVersion", a.targetSdk());
    g.writeArrayFieldStart("uses-permission");
    for (var p : a.apk().permissions()) {
      g.writeStartArray();
      g.writeString(p.name());
      if (p.maxSdkVersion() == null) {
        g.writeNull();
      } else {
        g.writeNumber(p.maxSdkVersion());
      }
      g.writeEndArray();
    }
    g.writeEndArray();
    g.writeNumberField("versionCode", a.versionCode());
    g.writeStringField("versionName", a.versionName());
    g.writeEndObject();
  }
}
