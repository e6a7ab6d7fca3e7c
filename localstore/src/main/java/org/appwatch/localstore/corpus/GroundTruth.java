package org.appwatch.localstore.corpus;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.PrimitiveIterator;
import org.appwatch.localstore.policy.PolicySpec;

/**
 * Writes the answer key: one JSON object per line for every app alive in the corpus's epoch, in
 * index order, streamed (one app in memory at a time). Fields are documented in {@code
 * localstore/README.md}. Generating it builds every APK once (for its digest).
 */
public final class GroundTruth {

  private static final JsonFactory JSON = new JsonFactory();

  private final Corpus corpus;
  private final Artifacts artifacts;

  public GroundTruth(Corpus corpus, Artifacts artifacts) {
    this.corpus = corpus;
    this.artifacts = artifacts;
  }

  /** Writes all lines to {@code out}; does not close it. */
  public void write(OutputStream out) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      g.setRootValueSeparator(null);
      for (PrimitiveIterator.OfInt it = corpus.aliveIndices().iterator(); it.hasNext(); ) {
        line(g, corpus.app(it.nextInt()));
        g.writeRaw('\n');
      }
    }
  }

  /** Writes one app's object (without the newline). */
  void line(JsonGenerator g, AppSpec a) throws IOException {
    Artifacts.ApkFile apk = artifacts.apk(a);
    PolicySpec p = a.policy();
    g.writeStartObject();
    g.writeNumberField("index", a.index());
    g.writeNumberField("epoch", corpus.epoch());
    g.writeNumberField("bornEpoch", a.bornEpoch());
    g.writeStringField("packageName", a.packageName());
    g.writeStringField("title", a.title());
    g.writeStringField("developer", a.developer().nameZh());
    g.writeStringField("category", a.category().id());
    g.writeArrayFieldStart("stores");
    for (StoreId s : a.stores()) {
      g.writeString(s.id());
    }
    g.writeEndArray();
    g.writeNumberField("versionCode", a.versionCode());
    g.writeStringField("versionName", a.versionName());
    g.writeNumberField("minSdk", a.minSdk());
    g.writeNumberField("targetSdk", a.targetSdk());
    g.writeObjectFieldStart("apk");
    g.writeStringField("path", apk.path());
    g.writeStringField("sha256", apk.sha256());
    g.writeNumberField("size", apk.size());
    g.writeStringField("link", apk.served() ? "ok" : "broken");
    g.writeEndObject();
    strings(g, "permissions", a.permissions());
    strings(g, "dangerousPermissions", a.dangerousPermissions());
    strings(g, "sdks", a.sdks().stream().map(Sdk::id).toList());
    g.writeObjectFieldStart("policy");
    g.writeStringField("url", a.policyLink().linked() ? artifacts.policyUrl(a) : null);
    g.writeStringField("link", a.policyLink().name().toLowerCase());
    g.writeStringField("language", p.language().tag());
    g.writeStringField("form", p.form().name());
    strings(g, "clauses", p.clauses().stream().map(Enum::name).toList());
    strings(g, "sdksDisclosed", a.disclosedSdks());
    strings(
        g,
        "permissionsWithPurpose",
        p.permissions().stream()
            .filter(PolicySpec.PermissionPurpose::purposeStated)
            .map(PolicySpec.PermissionPurpose::permission)
            .toList());
    strings(
        g,
        "permissionsWithoutPurpose",
        p.permissions().stream()
            .filter(pp -> !pp.purposeStated())
            .map(PolicySpec.PermissionPurpose::permission)
            .toList());
    g.writeStringField("effectiveDate", p.effectiveDate().toString());
    g.writeStringField("updatedDate", p.updatedDate().toString());
    g.writeNumberField("responseWorkingDays", p.responseWorkingDays());
    g.writeEndObject();
    g.writeObjectFieldStart("encoding");
    g.writeStringField("cnApi", a.cnEncoding().name());
    g.writeStringField("policy", a.policyEncoding().name());
    g.writeEndObject();
    g.writeObjectFieldStart("history");
    g.writeNumberField("lastAppChange", a.history().lastAppChange());
    g.writeNumberField("lastPolicyUpdate", a.history().lastPolicyUpdate());
    g.writeNumberField("lastSilentPolicyChange", a.history().lastSilentPolicyChange());
    strings(g, "permissionsAdded", a.history().permissionsAdded());
    g.writeEndObject();
    strings(g, "expectedFlags", ExpectedFlags.of(a, corpus.epoch()).stream().toList());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, Iterable<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
