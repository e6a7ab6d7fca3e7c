package org.appwatch.search.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Writes documents into one concrete index in bulk requests of {@code batchSize}, retrying the
 * items the cluster rejects with 429 (its write queue is full) with exponential backoff. Any other
 * item failure, or rejections beyond the retry policy, fail the write. Holds one batch in memory.
 */
final class BulkWriter {

  private static final int TOO_MANY_REQUESTS = 429;

  private final BulkSender sender;
  private final int batchSize;
  private final RetryPolicy retry;

  BulkWriter(BulkSender sender, int batchSize, RetryPolicy retry) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive");
    }
    this.sender = sender;
    this.batchSize = batchSize;
    this.retry = retry;
  }

  /** What a write did: documents sent and accepted, and how many items had to be resent. */
  record Outcome(long written, long retriedItems) {}

  Outcome write(String index, Iterator<? extends SearchDocument> documents)
      throws IOException, InterruptedException {
    long written = 0;
    long retried = 0;
    List<BulkOperation> batch = new ArrayList<>(batchSize);
    while (documents.hasNext()) {
      SearchDocument doc = documents.next();
      batch.add(
          BulkOperation.of(b -> b.index(i -> i.index(index).id(doc.documentId()).document(doc))));
      if (batch.size() == batchSize || !documents.hasNext()) {
        retried += send(batch);
        written += batch.size();
        batch.clear();
      }
    }
    return new Outcome(written, retried);
  }

  /** Sends one batch until every item is accepted; returns how many item retries it took. */
  private long send(List<BulkOperation> batch) throws IOException, InterruptedException {
    List<BulkOperation> pending = batch;
    long retried = 0;
    for (int attempt = 0; ; attempt++) {
      List<BulkOperation> rejected = rejected(pending);
      if (rejected.isEmpty()) {
        return retried;
      }
      if (attempt == retry.maxRetries()) {
        throw new IOException(
            rejected.size()
                + " bulk items still rejected with 429 after "
                + retry.maxRetries()
                + " retries");
      }
      retried += rejected.size();
      Thread.sleep(retry.backoff(attempt + 1).toMillis());
      pending = rejected;
    }
  }

  /** Sends {@code operations}; returns those rejected for load, in order. */
  private List<BulkOperation> rejected(List<BulkOperation> operations) throws IOException {
    BulkResponse response;
    try {
      response = sender.send(BulkRequest.of(r -> r.operations(operations)));
    } catch (ElasticsearchException e) {
      if (e.status() == TOO_MANY_REQUESTS) {
        return operations;
      }
      throw e;
    }
    if (!response.errors()) {
      return List.of();
    }
    List<BulkOperation> rejected = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    List<BulkResponseItem> items = response.items();
    for (int i = 0; i < items.size(); i++) {
      BulkResponseItem item = items.get(i);
      if (item.error() == null) {
        continue;
      }
      if (item.status() == TOO_MANY_REQUESTS) {
        rejected.add(operations.get(i));
      } else if (failures.size() < 5) {
        failures.add(item.id() + ": " + item.error().type() + " " + item.error().reason());
      }
    }
    if (!failures.isEmpty()) {
      throw new IOException("bulk items failed: " + String.join("; ", failures));
    }
    return rejected;
  }
}
