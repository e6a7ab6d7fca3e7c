package org.appwatch.crawler.store.fdroid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.appwatch.crawler.evidence.ContentAddressedStore;
import org.appwatch.crawler.fetch.FetchException;
import org.appwatch.crawler.fetch.FetchResult;
import org.appwatch.crawler.fetch.HttpFetcher;

/**
 * Harvests an F-Droid repository: its {@code index-v2.json}, then the newest APK of every package,
 * checked against the SHA-256 the index promises and stored content-addressed. Writes one {@link
 * HarvestedApk} line per package to {@code apks.jsonl} in the crawl directory.
 */
public final class FdroidHarvest {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final HttpFetcher fetcher;
  private final ContentAddressedStore apks;
  private final Path workDir;
  private final int threads;
  private final long maxIndexBytes;
  private final long maxApkBytes;

  public FdroidHarvest(
      HttpFetcher fetcher, Path workDir, int threads, long maxIndexBytes, long maxApkBytes) {
    this.fetcher = fetcher;
    this.workDir = workDir;
    this.apks = new ContentAddressedStore(workDir.resolve("apks"), ".apk");
    this.threads = threads;
    this.maxIndexBytes = maxIndexBytes;
    this.maxApkBytes = maxApkBytes;
  }

  /**
   * Harvests {@code repo} (an address ending in {@code /repo/}) into {@code crawlDir}.
   *
   * @param progress told the number of packages once the index is read, then once per APK
   * @throws IOException when the index itself cannot be fetched or read; a failed APK is recorded
   *     and the harvest goes on
   */
  public HarvestSummary run(URI repo, String crawlId, Path crawlDir, HarvestProgress progress)
      throws IOException {
    Files.createDirectories(crawlDir);
    Path index = crawlDir.resolve("raw").resolve("index-v2.json");
    FetchResult indexFetch =
        fetcher.fetchToFile(repo.resolve("index-v2.json"), index, maxIndexBytes);
    if (!indexFetch.ok()) {
      throw new IOException(
          "F-Droid index " + indexFetch.uri() + " answered HTTP " + indexFetch.status());
    }
    List<FdroidPackage> packages = new ArrayList<>();
    try (InputStream in = Files.newInputStream(index)) {
      new FdroidIndexV2Reader().read(in, packages::add);
    }
    progress.started(packages.size());
    Path records = crawlDir.resolve("apks.jsonl");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (BufferedWriter out = Files.newBufferedWriter(records)) {
      List<Future<HarvestedApk>> pending = new ArrayList<>();
      for (FdroidPackage p : packages) {
        pending.add(pool.submit(() -> harvest(repo, crawlId, p)));
      }
      HarvestSummary.Builder summary = new HarvestSummary.Builder(records);
      for (Future<HarvestedApk> f : pending) {
        HarvestedApk record = f.get();
        out.write(JSON.writeValueAsString(record));
        out.newLine();
        summary.add(record);
        progress.apkDone(record);
      }
      return summary.build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("harvest interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException("harvest failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private HarvestedApk harvest(URI repo, String crawlId, FdroidPackage p) throws IOException {
    URI url = repo.resolve(p.apkPath());
    if (p.apkSha256() != null && apks.contains(p.apkSha256())) {
      return record(
          crawlId, p, url, "already-stored", p.apkSha256(), p.apkSize(), Instant.now(), null);
    }
    Path download = apks.newTemporaryFile();
    try {
      FetchResult result = fetcher.fetchToFile(url, download, maxApkBytes);
      if (!result.ok()) {
        Files.deleteIfExists(download);
        return record(
            crawlId, p, url, "http-" + result.status(), null, -1, result.fetchedAt(), null);
      }
      if (p.apkSha256() != null && !p.apkSha256().equalsIgnoreCase(result.sha256())) {
        Files.deleteIfExists(download);
        return record(
            crawlId,
            p,
            url,
            "hash-mismatch",
            result.sha256(),
            result.size(),
            result.fetchedAt(),
            "index promised " + p.apkSha256());
      }
      apks.adopt(download, result.sha256());
      return record(
          crawlId, p, url, "stored", result.sha256(), result.size(), result.fetchedAt(), null);
    } catch (FetchException e) {
      Files.deleteIfExists(download);
      String status = e.kind() == FetchException.Kind.TOO_LARGE ? "too-large" : "network";
      return record(crawlId, p, url, status, null, -1, Instant.now(), e.getMessage());
    }
  }

  private HarvestedApk record(
      String crawlId,
      FdroidPackage p,
      URI url,
      String status,
      String sha256,
      long size,
      Instant fetchedAt,
      String error) {
    String file =
        sha256 == null || !apks.contains(sha256)
            ? null
            : workDir.relativize(apks.pathOf(sha256)).toString();
    return new HarvestedApk(
        crawlId,
        "fdroid",
        p.packageName(),
        p.versionCode(),
        url.toString(),
        status,
        sha256,
        size,
        file,
        fetchedAt,
        error);
  }
}
