package org.appwatch.localstore.http;

import java.time.ZoneOffset;
import java.util.Optional;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;

/**
 * Serves {@code <pkg>_<versionCode>.apk} (the last path segment) for any app alive in the epoch;
 * 404 for unknown files, old versions and broken links.
 */
final class ApkRoute implements Route {

  static final String APK_TYPE = "application/vnd.android.package-archive";

  private final Corpus corpus;
  private final ApkFiles apks;
  private final Misbehaviour misbehaviour;

  ApkRoute(Corpus corpus, ApkFiles apks, Misbehaviour misbehaviour) {
    this.corpus = corpus;
    this.apks = apks;
    this.misbehaviour = misbehaviour;
  }

  @Override
  public Reply handle(Request req) {
    Optional<AppSpec> app = find(req.path());
    if (app.isEmpty() || misbehaviour.brokenApk(app.get().index())) {
      return Reply.status(404, "Not Found");
    }
    AppSpec a = app.get();
    byte[] bytes = apks.bytes(a);
    return Reply.ok(APK_TYPE, bytes, false)
        .withEtag("\"" + apks.facts(a).sha256Hex() + "\"")
        .withLastModified(a.lastUpdated().atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  private Optional<AppSpec> find(String path) {
    String file = path.substring(path.lastIndexOf('/') + 1);
    int us = file.lastIndexOf('_');
    if (us < 0 || !file.endsWith(".apk")) {
      return Optional.empty();
    }
    String pkg = file.substring(0, us);
    String vc = file.substring(us + 1, file.length() - 4);
    return corpus.byPackage(pkg).filter(a -> Integer.toString(a.versionCode()).equals(vc));
  }
}
