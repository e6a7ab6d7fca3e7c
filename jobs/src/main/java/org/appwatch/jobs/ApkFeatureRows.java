package org.appwatch.jobs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.appwatch.scoring.apk.ApkError;
import org.appwatch.scoring.apk.ApkReport;
import org.appwatch.scoring.apk.ApkReportJson;
import org.appwatch.scoring.apk.ConsentEvidence;
import org.appwatch.scoring.apk.ManifestInfo;
import org.appwatch.scoring.apk.PermissionFacts;
import org.appwatch.scoring.apk.SigningInfo;
import org.appwatch.scoring.apk.catalogue.SdkMatch;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Turns an {@link ApkReport} into a row of {@link ApkFeaturesSchema#FEATURES}. Manifest columns are
 * null when the manifest could not be read; min and target SDK take Android's defaults when absent,
 * as in {@code apk-manifest/v1}.
 */
final class ApkFeatureRows {
  private ApkFeatureRows() {}

  /** A row for an APK the job could not analyse at all (timeout, crash of the analyser). */
  static Row failure(String sha256, String code, String message) {
    Object[] values = new Object[ApkFeaturesSchema.FEATURES.size()];
    values[0] = sha256;
    values[values.length - 3] = seq(List.of(code));
    values[values.length - 2] = code;
    values[values.length - 1] = message;
    return RowFactory.create(values);
  }

  static Row of(String sha256, ApkReport r) {
    ManifestInfo m = r.manifest();
    ManifestInfo.Application app = m == null ? null : m.application();
    Integer minSdk = m == null ? null : m.minSdk() == null ? Integer.valueOf(1) : m.minSdk();
    SigningInfo signing = r.signing();
    ConsentEvidence consent = r.consent();
    ApkError fatal = r.errors().stream().filter(e -> e.code().fatal()).findFirst().orElse(null);
    return RowFactory.create(
        sha256,
        r.size(),
        m == null ? null : m.packageName(),
        m == null ? null : m.versionCode(),
        m == null ? null : m.versionName(),
        minSdk,
        m == null ? null : m.targetSdk() == null ? minSdk : m.targetSdk(),
        m == null ? null : m.maxSdk(),
        m == null ? null : seq(distinct(m.usesPermissions(), ManifestInfo.UsesPermission::name)),
        m == null ? null : seq(dangerous(r.permissions())),
        m == null ? null : seq(distinctAll(r.permissions(), PermissionFacts::kinds)),
        m == null ? null : seq(map(m.components(), ApkFeatureRows::component)),
        app == null ? null : app.debuggable(),
        app == null ? null : app.allowBackup(),
        app == null ? null : app.usesCleartextTraffic(),
        m == null ? null : CollectionConverters.asScala(new TreeMap<>(m.metaData())),
        signing == null ? null : seq(presentSchemes(signing)),
        signing == null ? null : seq(signing.verifiedSchemes()),
        signing == null ? null : signing.verified(),
        signing == null || signing.signers().isEmpty() ? null : signing.signers().get(0).sha256(),
        seq(r.nativeLibraries()),
        r.classes().size(),
        seq(map(r.sdks(), ApkFeatureRows::sdk)),
        seq(
            map(
                r.sensitiveApis(),
                a -> RowFactory.create(a.id(), a.kind(), a.api(), seq(a.callers())))),
        consent == null ? null : seq(consent.keywords()),
        consent == null ? null : seq(consent.strings()),
        consent == null ? null : consent.dialogLikely(),
        consent == null ? null : seq(consent.policyUrls()),
        consent == null ? null : seq(consent.policyAssets()),
        ApkReportJson.write(r, true),
        seq(distinct(r.errors(), e -> e.code().name())),
        fatal == null ? null : fatal.code().name(),
        fatal == null ? null : fatal.message());
  }

  private static Row component(ManifestInfo.Component c) {
    return RowFactory.create(
        c.kind(), c.name(), c.exported(), c.effectivelyExported(), seq(c.actions()));
  }

  private static Row sdk(SdkMatch s) {
    SdkMatch.Evidence first = s.evidence().isEmpty() ? null : s.evidence().get(0);
    return RowFactory.create(
        s.id(),
        s.name(),
        s.vendor(),
        seq(s.categories() == null ? List.of() : s.categories()),
        first == null ? null : first.signal(),
        first == null ? null : first.example());
  }

  private static List<String> presentSchemes(SigningInfo s) {
    List<String> schemes = new ArrayList<>();
    if (s.v1()) schemes.add("v1");
    if (s.v2()) schemes.add("v2");
    if (s.v3()) schemes.add("v3");
    return schemes;
  }

  private static List<String> dangerous(List<PermissionFacts> permissions) {
    return permissions.stream()
        .filter(p -> p.protectionLevel() != null && p.protectionLevel().contains("dangerous"))
        .map(PermissionFacts::name)
        .distinct()
        .toList();
  }

  private static <T> List<String> distinct(List<T> items, Function<T, String> key) {
    return List.copyOf(new LinkedHashSet<>(map(items, key)));
  }

  private static <T> List<String> distinctAll(List<T> items, Function<T, Collection<String>> keys) {
    LinkedHashSet<String> all = new LinkedHashSet<>();
    items.forEach(i -> all.addAll(keys.apply(i)));
    return List.copyOf(all);
  }

  private static <T, R> List<R> map(List<T> items, Function<T, R> f) {
    return items.stream().map(f).toList();
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }
}
