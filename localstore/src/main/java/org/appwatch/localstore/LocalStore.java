package org.appwatch.localstore;

import java.io.IOException;
import java.net.URI;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.appwatch.localstore.apk.ApkSpec;
import org.appwatch.localstore.apk.ApkWriter;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.http.StoreServer;
import org.appwatch.localstore.policy.PolicySpec;
import org.appwatch.localstore.policy.PolicyWriter;

/**
 * A running local app store: a generated {@link Corpus} served on 127.0.0.1 as an F-Droid
 * repository, a Play-style web store, a Chinese-store JSON API and the developers' sites. Apps are
 * generated on request, so a store of 100,000 apps starts instantly and holds only small caches in
 * memory (APK digests); generated APKs are kept in a temporary directory, or made ahead with {@link
 * #prepareApks}. Close it to release the ports and delete that directory.
 */
public final class LocalStore implements AutoCloseable {

  private final Corpus corpus;
  private final StoreServer server;

  private LocalStore(Corpus corpus, StoreServer server) {
    this.corpus = corpus;
    this.server = server;
  }

  /** Starts a store with the real APK and policy writers. */
  public static LocalStore start(StoreConfig config) throws IOException {
    ApkWriter apk = new ApkWriter();
    PolicyWriter policy = new PolicyWriter();
    return start(config, apk::write, policy::html);
  }

  /**
   * Starts a store with the given writers (for tests and benchmarks that replace them).
   *
   * @throws IOException when a port cannot be bound
   */
  public static LocalStore start(
      StoreConfig config,
      Function<ApkSpec, byte[]> apkWriter,
      Function<PolicySpec, String> policyWriter)
      throws IOException {
    Corpus corpus = new Corpus(config.apps(), config.seed(), config.epoch());
    return new LocalStore(
        corpus,
        new StoreServer(corpus, config.behaviour(), config.basePort(), apkWriter, policyWriter));
  }

  /** The F-Droid repository, e.g. {@code http://127.0.0.1:P/repo/}. */
  public URI fdroidRepo() {
    return server.fdroidRepo();
  }

  /** The Play-style web store's root. */
  public URI webStore() {
    return server.webStore();
  }

  /** The Chinese-store JSON API's root. */
  public URI cnApi() {
    return server.cnApi();
  }

  /** The developers' sites (privacy policies). */
  public URI sites() {
    return server.sites();
  }

  /**
   * Generates every APK now, in parallel, instead of on first request (which for the F-Droid index
   * means all of them at once): for large stores, before a crawl.
   *
   * @param progress told how many APKs are done so far, after each one, from any thread
   */
  public void prepareApks(int threads, IntConsumer progress) throws InterruptedException {
    server.prepareApks(threads, progress);
  }

  public Corpus corpus() {
    return corpus;
  }

  @Override
  public void close() {
    server.close();
  }
}
