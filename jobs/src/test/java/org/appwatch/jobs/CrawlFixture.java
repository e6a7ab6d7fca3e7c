package org.appwatch.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.appwatch.localstore.apk.ApkWriter;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.corpus.StoreId;

/**
 * A crawl as the crawler leaves it, built without a crawl: the APKs of a local-store {@link Corpus}
 * written to {@code apks/<ab>/<sha256>.apk} and one {@code crawl-apks/v1} record per store that
 * lists the app (so an APK listed by two stores has two records). APKs are written in parallel.
 */
public final class CrawlFixture {
  private final Path workDir;
  private final String crawlId;
  private final List<String> records = new ArrayList<>();
  private final List<String> listings = new ArrayList<>();
  private int apks;

  public CrawlFixture(Path workDir, String crawlId) {
    this.workDir = workDir;
    this.crawlId = crawlId;
  }

  /** Adds the first {@code apps} alive apps of the corpus. */
  public CrawlFixture addCorpus(Corpus corpus, int apps) {
    List<String[]> lines =
        corpus.aliveIndices().limit(apps).boxed().toList().parallelStream()
            .flatMap(i -> storeApp(corpus.app(i)).stream())
            .toList();
    lines.forEach(
        l -> {
          records.add(l[0]);
          listings.add(l[1]);
        });
    apks += apps;
    return this;
  }

  /** Adds a record for a stored file with these bytes (e.g. a broken APK). */
  public CrawlFixture addFile(String store, String packageName, byte[] bytes) {
    String sha = sha256(bytes);
    records.add(record(store, packageName, sha, write(sha, bytes)));
    apks++;
    return this;
  }

  /** Adds a record without a stored APK, as for a failed download. */
  public CrawlFixture addMissing(String store, String packageName) {
    records.add(record(store, packageName, null, null));
    return this;
  }

  /**
   * Writes {@code crawls/<id>/apks.jsonl} and, for the corpus apps, {@code listings.jsonl} (the
   * category); returns the number of APK files stored.
   */
  public int write() {
    Path file = CrawlApks.records(workDir, crawlId);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, records);
      if (!listings.isEmpty()) {
        Files.write(file.resolveSibling(CrawlRecords.LISTINGS), listings);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return apks;
  }

  /** The app's APK record and listing in each store that lists it. */
  private List<String[]> storeApp(AppSpec app) {
    byte[] bytes = new ApkWriter().write(app.apk());
    String sha = sha256(bytes);
    String file = write(sha, bytes);
    return app.stores().stream()
        .sorted()
        .map(StoreId::id)
        .map(
            store ->
                new String[] {
                  record(store, app.packageName(), sha, file),
                  String.format(
                      "{\"crawlId\":\"%s\",\"store\":\"%s\",\"packageName\":\"%s\","
                          + "\"fields\":{\"category\":\"%s\"}}",
                      crawlId, store, app.packageName(), app.category().id())
                })
        .toList();
  }

  private String write(String sha, byte[] bytes) {
    Path file = workDir.resolve("apks").resolve(sha.substring(0, 2)).resolve(sha + ".apk");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return workDir.relativize(file).toString();
  }

  private String record(String store, String pkg, String sha, String file) {
    // Extra fields, as the crawler writes them, must not bother the jobs.
    return String.format(
        "{\"crawlId\":\"%s\",\"store\":\"%s\",\"packageName\":\"%s\",\"versionCode\":1,"
            + "\"status\":\"%s\",\"sha256\":%s,\"apkFile\":%s}",
        crawlId, store, pkg, file == null ? "http-404" : "stored", quoted(sha), quoted(file));
  }

  private static String quoted(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
