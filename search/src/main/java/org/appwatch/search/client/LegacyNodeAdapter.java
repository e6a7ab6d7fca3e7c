package org.appwatch.search.client;

import java.util.regex.Pattern;
import org.apache.http.Header;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;

/**
 * Lets the 8.x Java client talk to the embedded Elasticsearch 7.10 node, which predates two things
 * the client relies on: the {@code X-Elastic-Product: Elasticsearch} response header (servers add
 * it from 7.14 on; without it the client refuses every response), and the versioned media types
 * {@code application/vnd.elasticsearch+json; compatible-with=8} (7.10 answers them with 406).
 *
 * <p>Only for the embedded node: a real cluster of the client's major needs neither change, and
 * adding the product header to an unknown server's answers would defeat the client's check.
 */
final class LegacyNodeAdapter {

  static final String PRODUCT_HEADER = "X-Elastic-Product";

  private static final Pattern VERSIONED_MEDIA_TYPE =
      Pattern.compile("application/vnd\\.elasticsearch\\+([a-z-]+)\\s*;\\s*compatible-with=\\d+");

  private LegacyNodeAdapter() {}

  /** Adds both adjustments to an HTTP client that is about to be built. */
  static HttpAsyncClientBuilder adapt(HttpAsyncClientBuilder builder) {
    return builder
        .addInterceptorLast(
            (HttpRequestInterceptor)
                (request, context) -> {
                  for (String name : new String[] {"Content-Type", "Accept"}) {
                    for (Header header : request.getHeaders(name)) {
                      request.setHeader(name, plainMediaType(header.getValue()));
                    }
                  }
                })
        .addInterceptorFirst(
            (HttpResponseInterceptor)
                (response, context) -> {
                  if (!response.containsHeader(PRODUCT_HEADER)) {
                    response.addHeader(PRODUCT_HEADER, "Elasticsearch");
                  }
                });
  }

  /**
   * {@code application/vnd.elasticsearch+x-ndjson; compatible-with=8} becomes {@code
   * application/x-ndjson}; other values are returned unchanged.
   */
  static String plainMediaType(String value) {
    return VERSIONED_MEDIA_TYPE.matcher(value).replaceAll("application/$1");
  }
}
