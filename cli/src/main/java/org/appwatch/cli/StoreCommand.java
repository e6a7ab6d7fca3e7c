package org.appwatch.cli;

import java.util.concurrent.CountDownLatch;
import org.appwatch.localstore.Behaviour;
import org.appwatch.localstore.LocalStore;
import org.appwatch.localstore.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code appwatch store}: the local app store. */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = "The local app store that serves a generated corpus in real store formats.",
    subcommands = {StoreCommand.Serve.class})
final class StoreCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code appwatch store serve}. */
  @Command(
      name = "serve",
      mixinStandardHelpOptions = true,
      description = {
        "Serves N generated apps on 127.0.0.1 until interrupted: an F-Droid repository on port P,",
        "a web store on P+1, a JSON API store on P+2 and the developers' sites (privacy",
        "policies) on P+3. The ground truth is at <F-Droid port>/ground-truth.jsonl."
      })
  static final class Serve implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--apps",
        defaultValue = "200",
        description = "Apps in the corpus (default: ${DEFAULT-VALUE}).")
    int apps;

    @Option(
        names = "--seed",
        defaultValue = "42",
        description = "Seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--epoch",
        defaultValue = "0",
        description = "Serve the store as it is K crawls later (default: ${DEFAULT-VALUE}).")
    int epoch;

    @Option(
        names = "--port",
        defaultValue = "0",
        description =
            "First of four consecutive ports; 0 picks free ones (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
        names = "--well-behaved",
        description = "Never answer 429, 5xx, redirects or slowly, and keep every link alive.")
    boolean wellBehaved;

    @Option(
        names = "--prepare-apks",
        description = {
          "Generate every APK before serving, on all cores, with progress (a large store's first",
          "F-Droid index request otherwise generates them all, taking minutes)."
        })
    boolean prepareApks;

    @Override
    public Integer call() throws Exception {
      if (apps < 1 || epoch < 0 || port < 0 || port > 65532) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "--apps must be ≥ 1, --epoch ≥ 0, --port 0..65532");
      }
      Behaviour behaviour = wellBehaved ? Behaviour.none() : Behaviour.defaults();
      LocalStore store = LocalStore.start(new StoreConfig(apps, seed, epoch, port, behaviour));
      Runtime.getRuntime().addShutdownHook(new Thread(store::close, "store-shutdown"));
      if (prepareApks) {
        prepare(store);
      }
      {
        System.out.println(
            "appwatch local store: " + apps + " apps, seed " + seed + ", epoch " + epoch);
        System.out.println("  F-Droid repository  " + store.fdroidRepo());
        System.out.println("  web store           " + store.webStore());
        System.out.println("  JSON API store      " + store.cnApi());
        System.out.println("  developers' sites   " + store.sites());
        System.out.println(
            "  ground truth        " + store.fdroidRepo().resolve("/ground-truth.jsonl"));
        System.out.println("Press Ctrl-C to stop.");
        // Serve until the JVM is interrupted; the shutdown hook closes the store.
        new CountDownLatch(1).await();
      }
      return 0;
    }

    private static void prepare(LocalStore store) throws InterruptedException {
      long total = store.corpus().aliveIndices().count();
      long start = System.nanoTime();
      long[] lastPrint = {start};
      store.prepareApks(
          Runtime.getRuntime().availableProcessors(),
          done -> {
            synchronized (lastPrint) {
              long now = System.nanoTime();
              if (done == total || now - lastPrint[0] > 2_000_000_000L) {
                lastPrint[0] = now;
                System.out.printf(
                    "  preparing APKs      %d / %d (%.0f s)%n", done, total, (now - start) / 1e9);
              }
            }
          });
    }
  }
}
