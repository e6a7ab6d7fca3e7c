package org.appwatch.localstore.http;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.apk.ApkSpec;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Artifacts;
import org.appwatch.localstore.corpus.CategoryIndex;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.corpus.GroundTruth;
import org.appwatch.localstore.policy.PolicySpec;

/**
 * The four hosts of the local store (F-Droid repository, web store, CN API, developers' sites), all
 * on 127.0.0.1, each a JDK HttpServer with a bounded pool. The APK and policy writers are injected
 * so that either can be replaced (tests, benchmarks).
 */
public final class StoreServer implements AutoCloseable, Artifacts {

  private static final int THREADS = 8;

  private final Host fdroid;
  private final Host web;
  private final Host cn;
  private final Host sites;
  private final ApkFiles apks;
  private final ApkCache apkCache = ApkCache.temporary();
  private final Corpus corpus;
  private final Misbehaviour misbehaviour;

  /**
   * Binds the four ports and starts serving.
   *
   * @param basePort first of four consecutive ports, or 0 for four ephemeral ports
   * @throws IOException when a port cannot be bound
   */
  public StoreServer(
      Corpus corpus,
      Behaviour behaviour,
      int basePort,
      Function<ApkSpec, byte[]> apkWriter,
      Function<PolicySpec, String> policyWriter)
      throws IOException {
    this.misbehaviour = new Misbehaviour(behaviour, corpus.seed());
    this.corpus = corpus;
    this.apks = new ApkFiles(apkWriter, apkCache);
    this.fdroid = new Host("fdroid", port(basePort, 0), THREADS, misbehaviour);
    try {
      this.web = new Host("web", port(basePort, 1), THREADS, misbehaviour);
      this.cn = new Host("cn", port(basePort, 2), THREADS, misbehaviour);
      this.sites = new Host("sites", port(basePort, 3), THREADS, misbehaviour);
    } catch (IOException e) {
      closeQuietly();
      throw e;
    }
    CategoryIndex index = new CategoryIndex(corpus);
    ApkRoute apkRoute = new ApkRoute(corpus, apks, misbehaviour);
    int delay = behaviour.crawlDelaySeconds();

    FdroidRoutes f =
        new FdroidRoutes(
            corpus, apks, fdroid.uri().resolve("repo").toString(), new GroundTruth(corpus, this));
    fdroid
        .reliable("/robots.txt", new Robots(List.of("/repo/archive/"), 0, null))
        .reliable("/ground-truth.jsonl", f::groundTruth)
        .file("/repo/index-v2.json", f::indexV2)
        .file("/repo/index-v1.json", f::indexV1)
        .page("/repo/entry.json", f::entry)
        .file("/repo/", apkRoute);

    WebPages pages = new WebPages(sites.uri(), web.uri().resolve("store/apps/download/"));
    web.reliable(
            "/robots.txt", new Robots(List.of("/store/search", "/store/account/"), delay, null))
        .page("/store/apps", new WebStoreRoutes(corpus, index, pages))
        .file("/store/apps/download/", apkRoute);

    cn.reliable("/robots.txt", new Robots(List.of("/api/v1/search", "/api/v1/user/"), delay, null))
        .page("/api/v1/", new CnApiRoutes(corpus, index, apks, cn.uri(), sites.uri()))
        .file("/api/v1/download/", apkRoute);

    sites
        .reliable("/robots.txt", new Robots(List.of("/admin/"), 0, null))
        .page("/", new SiteRoutes(corpus, policyWriter));

    for (Host h : new Host[] {fdroid, web, cn, sites}) {
      h.start();
    }
  }

  private static int port(int base, int offset) {
    return base == 0 ? 0 : base + offset;
  }

  public URI fdroidRepo() {
    return fdroid.uri().resolve("repo/");
  }

  public URI webStore() {
    return web.uri();
  }

  public URI cnApi() {
    return cn.uri();
  }

  public URI sites() {
    return sites.uri();
  }

  @Override
  public ApkFile apk(AppSpec app) {
    ApkFiles.Facts f = apks.facts(app);
    return new ApkFile(
        "/repo/" + app.apkFileName(),
        f.sha256Hex(),
        f.size(),
        !misbehaviour.brokenApk(app.index()));
  }

  @Override
  public String policyUrl(AppSpec app) {
    return sites.uri().resolve(app.policyPath().substring(1)).toString();
  }

  /**
   * Generates every alive app's APK now, on {@code threads} threads, rather than on first request:
   * the F-Droid index lists every APK's digest, so a large store's first index request would
   * otherwise take minutes.
   *
   * @param progress told the number of APKs done so far, after each one (from any thread)
   */
  public void prepareApks(int threads, IntConsumer progress) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger done = new AtomicInteger();
    try {
      // One task per developer: its apps share a signing key, derived once (~0.3 s) and then
      // cached, where two threads starting on one developer would both derive it.
      java.util.Map<Integer, List<AppSpec>> byDeveloper =
          corpus
              .aliveIndices()
              .mapToObj(corpus::app)
              .collect(java.util.stream.Collectors.groupingBy(a -> a.developer().number()));
      List<Future<?>> all = new java.util.ArrayList<>();
      for (List<AppSpec> apps : byDeveloper.values()) {
        all.add(
            pool.submit(
                () -> {
                  for (AppSpec a : apps) {
                    apks.facts(a);
                    progress.accept(done.incrementAndGet());
                  }
                }));
      }
      for (Future<?> f : all) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot generate an APK: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void closeQuietly() {
    for (Host h : new Host[] {fdroid, web, cn, sites}) {
      if (h != null) {
        h.close();
      }
    }
    apkCache.close();
  }

  @Override
  public void close() {
    closeQuietly();
  }
}
