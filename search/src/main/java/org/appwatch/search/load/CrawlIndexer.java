package org.appwatch.search.load;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.appwatch.search.index.IndexLoadException;
import org.appwatch.search.index.IndexLoader;
import org.appwatch.search.index.LoadResult;
import org.appwatch.search.index.SearchDocument;
import org.appwatch.search.index.SearchIndex;

/**
 * Loads one crawl's {@link CrawlDocuments} into the three indices, one {@link IndexLoader} load
 * each: findings on a thread of its own, apps then policies on the caller's. Every alias moves only
 * once its new index holds exactly the documents built from the datasets. A failure leaves that
 * alias, and those not yet loaded, where they were; aliases already moved stay moved.
 */
public final class CrawlIndexer {

  /** Hears how a load advances; called on the loading threads (two at once), so thread-safe. */
  public interface Listener {
    /** A load of {@code total} documents into {@code index} starts. */
    default void started(SearchIndex index, long total) {}

    /** One more document was handed to the bulk writer. */
    default void sent(SearchIndex index) {}

    /** The alias of {@code result} now points at the complete new index. */
    default void loaded(SearchIndex index, LoadResult result) {}
  }

  /** What was loaded: one result per index, in load order, and the total time. */
  public record Result(String crawlId, List<LoadResult> loads, Duration took) {
    public Result {
      loads = List.copyOf(loads);
    }
  }

  private final IndexLoader loader;

  public CrawlIndexer(IndexLoader loader) {
    this.loader = loader;
  }

  /**
   * Loads {@code documents}.
   *
   * @throws IndexLoadException if a load failed or its count did not match
   * @throws IOException if the cluster cannot be reached
   */
  public Result load(CrawlDocuments documents, Listener listener)
      throws IndexLoadException, IOException, InterruptedException {
    long start = System.nanoTime();
    // A bulk request to a one-shard index is indexed by one thread; the findings load beside the
    // other two keeps a second core of the cluster busy (the analysis of text is what costs).
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "index-findings"));
    try {
      Future<LoadResult> findings =
          pool.submit(() -> load(SearchIndex.FINDINGS, documents.findings(), listener));
      LoadResult apps = load(SearchIndex.APPS, documents.apps(), listener);
      LoadResult policies = load(SearchIndex.POLICIES, documents.policies(), listener);
      return new Result(
          documents.crawlId(),
          List.of(apps, get(findings), policies),
          Duration.ofNanos(System.nanoTime() - start));
    } finally {
      pool.shutdownNow();
    }
  }

  private static LoadResult get(Future<LoadResult> load)
      throws IndexLoadException, IOException, InterruptedException {
    try {
      return load.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IndexLoadException x) {
        throw x;
      }
      if (cause instanceof IOException x) {
        throw x;
      }
      if (cause instanceof RuntimeException x) {
        throw x;
      }
      throw new IOException(cause);
    }
  }

  private LoadResult load(
      SearchIndex index, List<? extends SearchDocument> documents, Listener listener)
      throws IndexLoadException, IOException, InterruptedException {
    long distinct = documents.stream().map(SearchDocument::documentId).distinct().count();
    if (distinct != documents.size()) {
      // Two rows with one id would overwrite each other and the count check would fail late.
      throw new IndexLoadException(
          index.alias()
              + ": "
              + (documents.size() - distinct)
              + " documents share an id with another; the datasets have duplicate rows");
    }
    listener.started(index, documents.size());
    Iterator<? extends SearchDocument> each = documents.iterator();
    Iterator<SearchDocument> counted =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return each.hasNext();
          }

          @Override
          public SearchDocument next() {
            SearchDocument d = each.next();
            listener.sent(index);
            return d;
          }
        };
    LoadResult result = loader.load(index, counted, documents.size());
    listener.loaded(index, result);
    return result;
  }
}
