package org.appwatch.search.index;

import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import java.io.IOException;

/**
 * Sends one bulk request. Normally {@code client::bulk}; a seam so that rejections can be provoked
 * deterministically in tests.
 */
@FunctionalInterface
public interface BulkSender {
  BulkResponse send(BulkRequest request) throws IOException;
}
