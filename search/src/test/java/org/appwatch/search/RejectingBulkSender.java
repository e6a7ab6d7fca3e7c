package org.appwatch.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.appwatch.search.index.BulkSender;

/**
 * Sends bulk requests to a real node, except that it answers chosen items itself with the 429 a
 * node with a full write queue gives, without sending them: an item is rejected while it has been
 * seen fewer than {@code rejections} times, and only if its position in the request is even.
 */
final class RejectingBulkSender implements BulkSender {

  private final ElasticsearchClient client;
  private final int rejections;
  private final Map<String, Integer> seen = new HashMap<>();
  private int rejected;

  RejectingBulkSender(ElasticsearchClient client, int rejections) {
    this.client = client;
    this.rejections = rejections;
  }

  int rejected() {
    return rejected;
  }

  @Override
  public BulkResponse send(BulkRequest request) throws IOException {
    List<BulkOperation> operations = request.operations();
    List<BulkOperation> forwarded = new ArrayList<>();
    boolean[] reject = new boolean[operations.size()];
    for (int i = 0; i < operations.size(); i++) {
      String id = operations.get(i).index().id();
      int times = seen.merge(id, 1, Integer::sum);
      reject[i] = i % 2 == 0 && times <= rejections;
      if (!reject[i]) {
        forwarded.add(operations.get(i));
      }
    }
    List<BulkResponseItem> real =
        forwarded.isEmpty() ? List.of() : client.bulk(b -> b.operations(forwarded)).items();
    List<BulkResponseItem> items = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < operations.size(); i++) {
      if (reject[i]) {
        rejected++;
        items.add(tooManyRequests(operations.get(i)));
      } else {
        items.add(real.get(next++));
      }
    }
    return BulkResponse.of(
        r -> r.errors(items.stream().anyMatch(i -> i.error() != null)).items(items).took(1));
  }

  private static BulkResponseItem tooManyRequests(BulkOperation operation) {
    return BulkResponseItem.of(
        i ->
            i.operationType(OperationType.Index)
                .index(operation.index().index())
                .id(operation.index().id())
                .status(429)
                .error(
                    e ->
                        e.type("es_rejected_execution_exception")
                            .reason("rejected execution (queue capacity 1) [simulated]")));
  }
}
