package org.appwatch.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Loads a complete set of documents into a fresh concrete index and only then points the index's
 * alias at it, so readers see the previous load until the new one is whole.
 *
 * <p>A load: creates {@code <alias>-v<n>-<timestamp>} from the mapping file; bulk-writes the
 * documents (429 rejections retried, see {@link RetryPolicy}); refreshes; counts; and if the count
 * equals the expected count (the row count of the dataset loaded), moves the alias atomically and
 * deletes the indices it pointed at before. On any failure, including a count mismatch, the new
 * index is deleted and the alias is left alone. Loads of one alias must not run concurrently.
 */
public final class IndexLoader {

  private final ElasticsearchClient client;
  private final BulkWriter writer;
  private final Clock clock;

  /** A loader with the default batch size (500) and {@link RetryPolicy#DEFAULT}. */
  public IndexLoader(ElasticsearchClient client) {
    this(client, client::bulk, 500, RetryPolicy.DEFAULT, Clock.systemUTC());
  }

  public IndexLoader(
      ElasticsearchClient client,
      BulkSender sender,
      int batchSize,
      RetryPolicy retry,
      Clock clock) {
    this.client = client;
    this.writer = new BulkWriter(sender, batchSize, retry);
    this.clock = clock;
  }

  /**
   * Loads {@code documents} as the new content of {@code index}'s alias.
   *
   * @param expectedCount how many distinct documents the load must leave in the index
   * @throws IndexLoadException if the load failed or the count did not match; the alias is
   *     unchanged
   * @throws IOException if the cluster cannot be reached
   */
  public LoadResult load(
      SearchIndex index, Iterator<? extends SearchDocument> documents, long expectedCount)
      throws IndexLoadException, IOException, InterruptedException {
    Instant start = clock.instant();
    String target = index.versionedName(start);
    String body = IndexMappings.body(index, IndexMappings.hasSmartcn(client));
    client.indices().create(c -> c.index(target).withJson(new StringReader(body)));
    try {
      BulkWriter.Outcome outcome = writer.write(target, documents);
      client
          .indices()
          .putSettings(s -> s.index(target).settings(i -> i.refreshInterval(t -> t.time("1s"))));
      client.indices().refresh(r -> r.index(target));
      long count = client.count(c -> c.index(target)).count();
      if (count != expectedCount) {
        throw new IndexLoadException(
            target
                + " holds "
                + count
                + " documents, expected "
                + expectedCount
                + " ("
                + outcome.written()
                + " written); "
                + index.alias()
                + " left unchanged");
      }
      List<String> previous = swap(index, target);
      for (String old : previous) {
        client.indices().delete(d -> d.index(old));
      }
      return new LoadResult(
          index.alias(),
          target,
          previous,
          count,
          outcome.retriedItems(),
          Duration.between(start, clock.instant()));
    } catch (IndexLoadException | IOException | InterruptedException | RuntimeException e) {
      deleteQuietly(target, e);
      if (e instanceof IndexLoadException || e instanceof InterruptedException) {
        throw e;
      }
      throw new IndexLoadException("loading " + target + " failed: " + e.getMessage(), e);
    }
  }

  /** The concrete indices {@code index}'s alias points at now; empty if it does not exist. */
  public List<String> current(SearchIndex index) throws IOException {
    try {
      return new ArrayList<>(
          client.indices().getAlias(a -> a.name(index.alias())).result().keySet());
    } catch (ElasticsearchException e) {
      if (e.status() == 404) {
        return List.of();
      }
      throw e;
    }
  }

  /** Moves the alias in one cluster-state update: readers never see it missing or doubled. */
  private List<String> swap(SearchIndex index, String target) throws IOException {
    List<String> previous = current(index);
    List<Action> actions = new ArrayList<>();
    actions.add(Action.of(a -> a.add(add -> add.index(target).alias(index.alias()))));
    for (String old : previous) {
      actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(index.alias()))));
    }
    client.indices().updateAliases(u -> u.actions(actions));
    return previous;
  }

  private void deleteQuietly(String target, Exception cause) {
    try {
      client.indices().delete(d -> d.index(target));
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }
}
