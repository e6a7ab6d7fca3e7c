package org.appwatch.scoring.assess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.appwatch.scoring.apk.ApkReport;
import org.appwatch.scoring.apk.ConsentEvidence;
import org.appwatch.scoring.apk.ManifestInfo;
import org.appwatch.scoring.apk.PermissionFacts;
import org.appwatch.scoring.apk.SensitiveApi;
import org.appwatch.scoring.apk.catalogue.SdkMatch;
import org.appwatch.scoring.rules.evidence.ApkFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * Turns the APK analyser's {@link ApkReport} into the rules' {@link ApkFacts}. Permissions keep the
 * analyser's protection level (from its pinned permission table): a permission is dangerous when
 * {@code dangerous} is one of its level's flags. Every fact carries the artefact's origin (crawl,
 * WARC record) and the entry it was read from. Pure; callable per app from a Spark job.
 *
 * <p>SDK categories are translated into the rules' vocabulary: the analyser's catalogue keeps
 * Exodus's {@code identification} for sign-in SDKs (Facebook Login, Google Sign-In), which the
 * rules call {@code social-login}; the original category is kept as well.
 */
public final class ApkEvidence {

  private ApkEvidence() {}

  /**
   * The facts of {@code report}, or null when the manifest could not be read (then nothing the
   * rules need is known and every APK rule must answer {@code unknown}).
   *
   * @param origin where the APK came from: {@code file} the APK's name or URL, WARC record and
   *     crawl when known; may be null
   */
  public static ApkFacts of(ApkReport report, Provenance origin) {
    if (report == null || report.manifest() == null) {
      return null;
    }
    String name = origin != null && origin.file() != null ? origin.file() : report.file();
    Provenance apk = at(origin, "apk", name, name);
    List<ApkFacts.PermissionFact> permissions = new ArrayList<>();
    for (PermissionFacts p : report.permissions()) {
      permissions.add(
          new ApkFacts.PermissionFact(
              p.name(),
              dangerous(p.protectionLevel()),
              p.kinds(),
              at(origin, "apk", p.name(), "AndroidManifest.xml")));
    }
    Set<String> classes = report.classes() == null ? Set.of() : new HashSet<>(report.classes());
    List<String> components =
        report.manifest().components() == null
            ? List.of()
            : report.manifest().components().stream().map(ManifestInfo.Component::name).toList();
    List<ApkFacts.SdkFact> sdks =
        report.sdks().stream().map(s -> sdk(s, classes, components, origin)).toList();
    List<ApkFacts.SensitiveApiFact> apis =
        report.sensitiveApis().stream().map(a -> api(a, origin)).toList();
    return new ApkFacts(
        report.manifest().targetSdk(),
        permissions,
        sdks,
        apis,
        consent(report.consent(), origin),
        apk);
  }

  /** True when {@code protectionLevel} (e.g. {@code dangerous|instant}) includes dangerous. */
  static boolean dangerous(String protectionLevel) {
    return protectionLevel != null
        && Arrays.asList(protectionLevel.split("\\|")).contains("dangerous");
  }

  private static ApkFacts.SdkFact sdk(
      SdkMatch m, Set<String> classes, List<String> components, Provenance origin) {
    SdkMatch.Evidence first = m.evidence().isEmpty() ? null : m.evidence().get(0);
    String snippet = first == null ? m.name() : first.signal() + " " + first.example();
    String file = first == null ? null : entryOf(first.signal());
    return new ApkFacts.SdkFact(
        m.id(),
        m.name(),
        m.vendor(),
        SdkUses.categories(m.id(), categories(m.categories()), classes, components),
        List.of(),
        at(origin, "apk", snippet, file));
  }

  /** The categories with the rules' names added where the catalogue uses Exodus's. */
  static List<String> categories(List<String> catalogue) {
    if (catalogue == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(catalogue);
    if (out.contains("identification") && !out.contains("social-login")) {
      out.add("social-login");
    }
    return List.copyOf(out);
  }

  private static ApkFacts.SensitiveApiFact api(SensitiveApi a, Provenance origin) {
    String caller = a.callers().isEmpty() ? "" : " from " + a.callers().get(0);
    return new ApkFacts.SensitiveApiFact(
        a.id(), a.kind(), a.callers(), at(origin, "apk", a.api() + caller, "classes*.dex"));
  }

  private static ApkFacts.ConsentFacts consent(ConsentEvidence c, Provenance origin) {
    if (c == null) {
      return null;
    }
    List<String> urls = new ArrayList<>(c.policyUrls());
    urls.addAll(c.policyAssets());
    String snippet = c.strings().isEmpty() ? String.join(", ", c.keywords()) : c.strings().get(0);
    return new ApkFacts.ConsentFacts(
        c.dialogLikely(), c.keywords(), urls, at(origin, "apk", snippet, "resources.arsc"));
  }

  /** Which part of the APK a detector signal was read from. */
  private static String entryOf(String signal) {
    if (signal.startsWith("native-lib")) {
      return "lib/";
    }
    if (signal.startsWith("component") || signal.equals("meta-data")) {
      return "AndroidManifest.xml";
    }
    return "classes*.dex";
  }

  static Provenance at(Provenance origin, String kind, String snippet, String file) {
    return origin == null
        ? new Provenance(kind, snippet, file, null, null, null)
        : new Provenance(kind, snippet, file, null, origin.warcRecordId(), origin.crawlId());
  }
}
