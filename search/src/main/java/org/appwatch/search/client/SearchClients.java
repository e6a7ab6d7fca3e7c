package org.appwatch.search.client;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.net.URI;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.apache.http.HttpHeaders;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * Builds the official Elasticsearch Java client (8.x) for the two places appwatch indexes into.
 *
 * <ul>
 *   <li>{@link #embedded(URI)}: the node appwatch starts itself (7.10.2, plain HTTP on 127.0.0.1,
 *       no security), with the {@link LegacyNodeAdapter} adjustments.
 *   <li>{@link #cluster(URI, Map)}: a user's cluster, unchanged protocol, credentials from the
 *       environment and TLS verified: the JVM's trust store, or the PEM CA in {@value #CA_CERT}.
 * </ul>
 *
 * <p>The caller closes the returned client, which closes its HTTP connections.
 */
public final class SearchClients {

  public static final String USER = "APPWATCH_ES_USER";
  public static final String PASSWORD = "APPWATCH_ES_PASSWORD";
  public static final String API_KEY = "APPWATCH_ES_API_KEY";
  public static final String CA_CERT = "APPWATCH_ES_CA_CERT";

  private SearchClients() {}

  /** A client for the embedded node at {@code url}. */
  public static ElasticsearchClient embedded(URI url) {
    return client(
        RestClient.builder(host(url)).setHttpClientConfigCallback(LegacyNodeAdapter::adapt));
  }

  /**
   * A client for a user's cluster.
   *
   * @param env the environment to read credentials from (normally {@code System.getenv()}): {@value
   *     #API_KEY}, or {@value #USER} with {@value #PASSWORD}; none for an open cluster
   * @throws IllegalArgumentException if only one of user and password is set, or the CA file cannot
   *     be read
   */
  public static ElasticsearchClient cluster(URI url, Map<String, String> env) {
    String apiKey = env.get(API_KEY);
    String user = env.get(USER);
    String password = env.get(PASSWORD);
    if ((user == null) != (password == null)) {
      throw new IllegalArgumentException(
          "set both " + USER + " and " + PASSWORD + ", or neither (or " + API_KEY + ")");
    }
    SSLContext tls = env.containsKey(CA_CERT) ? TrustedCa.sslContext(env.get(CA_CERT)) : null;
    RestClientBuilder builder = RestClient.builder(host(url));
    if (url.getPath() != null && !url.getPath().isEmpty() && !url.getPath().equals("/")) {
      builder.setPathPrefix(url.getPath());
    }
    if (apiKey != null) {
      builder.setDefaultHeaders(
          new BasicHeader[] {new BasicHeader(HttpHeaders.AUTHORIZATION, "ApiKey " + apiKey)});
    }
    builder.setHttpClientConfigCallback(
        http -> {
          if (apiKey == null && user != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                AuthScope.ANY, new UsernamePasswordCredentials(user, password));
            http.setDefaultCredentialsProvider(credentials);
          }
          return tls == null ? http : withTls(http, tls);
        });
    return client(builder);
  }

  private static HttpAsyncClientBuilder withTls(HttpAsyncClientBuilder http, SSLContext tls) {
    // Hostname verification stays on: only the trusted roots change.
    return http.setSSLContext(tls);
  }

  private static ElasticsearchClient client(RestClientBuilder builder) {
    return new ElasticsearchClient(new RestClientTransport(builder.build(), documentMapper()));
  }

  /**
   * Documents are records whose camelCase components the mapping files name in snake_case; fields a
   * reader does not know (added by a newer mapping) are skipped rather than failing a search.
   */
  static JacksonJsonpMapper documentMapper() {
    return new JacksonJsonpMapper(
        new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));
  }

  private static HttpHost host(URI url) {
    if (url.getScheme() == null || url.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) URL: " + url);
    }
    int port = url.getPort() > 0 ? url.getPort() : url.getScheme().equals("https") ? 443 : 9200;
    return new HttpHost(url.getHost(), port, url.getScheme());
  }
}
