package org.appwatch.localstore;

/**
 * How to start a {@link LocalStore}.
 *
 * @param apps number of apps at epoch 0 (later epochs add a few)
 * @param seed corpus seed; equal seeds give byte-identical stores
 * @param epoch how many crawls later the store is observed (0 = first)
 * @param basePort first of four consecutive ports (F-Droid, web store, CN API, sites); 0 picks four
 *     ephemeral ports
 * @param behaviour misbehaviour rates; {@link Behaviour#none()} for a perfectly behaved store
 */
public record StoreConfig(int apps, long seed, int epoch, int basePort, Behaviour behaviour) {

  public StoreConfig {
    if (apps < 1) {
      throw new IllegalArgumentException("apps must be >= 1");
    }
    if (epoch < 0) {
      throw new IllegalArgumentException("epoch must be >= 0");
    }
    if (basePort < 0 || basePort > 65532) {
      throw new IllegalArgumentException("basePort must be 0 or a port below 65533");
    }
    if (behaviour == null) {
      throw new IllegalArgumentException("behaviour must not be null");
    }
  }
}
