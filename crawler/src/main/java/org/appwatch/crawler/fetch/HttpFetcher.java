package org.appwatch.crawler.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Fetches one URL at a time into a file, hashing the body as it streams so that no body is held in
 * memory. Thread-safe; one instance shares a connection pool across threads. Redirects are followed
 * up to a cap; a body larger than the caller's limit is cut off and reported, never kept.
 */
public final class HttpFetcher implements AutoCloseable {

  private final CloseableHttpClient client;

  public HttpFetcher(FetchSettings settings) {
    var connections =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(settings.maxConnections())
            .setMaxConnPerRoute(settings.maxConnections())
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(timeout(settings.connectTimeout()))
                    .setSocketTimeout(timeout(settings.responseTimeout()))
                    .build())
            .build();
    this.client =
        HttpClients.custom()
            .setConnectionManager(connections)
            .setUserAgent(settings.userAgent())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setResponseTimeout(timeout(settings.responseTimeout()))
                    .setMaxRedirects(settings.maxRedirects())
                    .setCircularRedirectsAllowed(false)
                    .build())
            .build();
  }

  /**
   * Fetches {@code uri} into {@code target} (replaced atomically on success).
   *
   * @param maxBytes the largest body accepted
   * @return the outcome; a non-2xx status leaves {@code target} untouched
   * @throws FetchException for a failure to connect, a timeout, or a body over {@code maxBytes}
   */
  public FetchResult fetchToFile(URI uri, Path target, long maxBytes) throws FetchException {
    Instant fetchedAt = Instant.now();
    try {
      return client.execute(
          new HttpGet(uri), response -> store(uri, response, target, maxBytes, fetchedAt));
    } catch (FetchException e) {
      throw e;
    } catch (IOException e) {
      throw new FetchException(uri, FetchException.Kind.NETWORK, e.toString(), e);
    }
  }

  private static FetchResult store(
      URI uri, ClassicHttpResponse response, Path target, long maxBytes, Instant fetchedAt)
      throws IOException {
    int status = response.getCode();
    HttpEntity entity = response.getEntity();
    String contentType = entity == null ? null : entity.getContentType();
    if (status / 100 != 2 || entity == null) {
      return new FetchResult(uri, status, contentType, -1, null, fetchedAt);
    }
    if (entity.getContentLength() > maxBytes) {
      throw new FetchException(
          uri,
          FetchException.Kind.TOO_LARGE,
          "Content-Length " + entity.getContentLength() + " exceeds the limit of " + maxBytes,
          null);
    }
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    Files.createDirectories(target.toAbsolutePath().getParent());
    MessageDigest sha256 = Digests.sha256();
    long size;
    try (InputStream in = entity.getContent();
        OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha256)) {
      size = copyAtMost(in, out, maxBytes, uri);
    } catch (IOException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return new FetchResult(
        uri, status, contentType, size, HexFormat.of().formatHex(sha256.digest()), fetchedAt);
  }

  private static long copyAtMost(InputStream in, OutputStream out, long maxBytes, URI uri)
      throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > maxBytes) {
        throw new FetchException(
            uri, FetchException.Kind.TOO_LARGE, "body exceeds the limit of " + maxBytes, null);
      }
      out.write(buffer, 0, n);
    }
    return total;
  }

  private static Timeout timeout(Duration d) {
    return Timeout.ofMilliseconds(d.toMillis());
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
