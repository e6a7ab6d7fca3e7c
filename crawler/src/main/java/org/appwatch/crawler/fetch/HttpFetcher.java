package org.appwatch.crawler.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * Makes one GET at a time per call, never following redirects (the crawler records each hop and
 * checks its address), with connect, response (silence) and total timeouts, a size cap that is
 * checked against Content-Length before reading and again while streaming, and a check of the
 * server's address before connecting. Sends {@code Accept-Encoding: gzip} and keeps the body as
 * received, so that WARC records hold the bytes that came over the wire. TLS certificates are
 * verified by the platform's trust store. Thread-safe; one instance pools connections.
 */
public final class HttpFetcher implements AutoCloseable {

  private final CloseableHttpClient client;
  private final AddressGuard guard;
  private final FetchSettings settings;
  private final ScheduledExecutorService deadlines =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "fetch-deadlines");
            t.setDaemon(true);
            return t;
          });

  public HttpFetcher(FetchSettings settings) {
    this.settings = settings;
    this.guard = new AddressGuard(settings.allowNetworks());
    DnsResolver checked =
        new DnsResolver() {
          @Override
          public InetAddress[] resolve(String host) throws java.net.UnknownHostException {
            InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
            for (InetAddress a : addresses) {
              if (!guard.permits(a)) {
                // Defence in depth against a name that changed address since the check.
                throw new java.net.UnknownHostException(host + " resolves to a refused address");
              }
            }
            return addresses;
          }

          @Override
          public String resolveCanonicalHostname(String host) throws java.net.UnknownHostException {
            return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
          }
        };
    var connections =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setDnsResolver(checked)
            .setMaxConnTotal(settings.maxConnections())
            .setMaxConnPerRoute(settings.maxConnectionsPerHost())
            .setDefaultConnectionConfig(
                ConnectionConfig.custom()
                    .setConnectTimeout(timeout(settings.connectTimeout()))
                    .setSocketTimeout(timeout(settings.responseTimeout()))
                    .build())
            .build();
    this.client =
        HttpClients.custom()
            .setConnectionManager(connections)
            .disableRedirectHandling()
            .disableContentCompression()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setResponseTimeout(timeout(settings.responseTimeout()))
                    .build())
            .build();
  }

  /** The guard this fetcher checks addresses with. */
  public AddressGuard guard() {
    return guard;
  }

  /**
   * Makes the request. A non-2xx response is returned, not thrown; its body is kept too (small, and
   * evidence of what the server said).
   *
   * @throws FetchException when no complete response arrived: refused address, timeout, too large,
   *     network failure
   */
  public Exchange fetch(FetchRequest request) throws FetchException {
    URI uri = request.uri();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(
          uri, FetchException.Kind.UNSUPPORTED_SCHEME, "scheme " + scheme, null);
    }
    InetAddress[] addresses = guard.check(uri);
    HttpGet get = new HttpGet(uri);
    List<Map.Entry<String, String>> sent = new ArrayList<>();
    header(get, sent, "Host", hostHeader(uri));
    header(get, sent, "User-Agent", settings.userAgent());
    header(get, sent, "Accept-Encoding", "gzip");
    if (request.etag() != null) {
      header(get, sent, "If-None-Match", request.etag());
    }
    if (request.lastModified() != null) {
      header(get, sent, "If-Modified-Since", request.lastModified());
    }
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> deadline =
        deadlines.schedule(
            () -> {
              expired.set(true);
              get.cancel();
            },
            settings.totalTimeout().toMillis(),
            TimeUnit.MILLISECONDS);
    Instant fetchedAt = Instant.now();
    try {
      return client.execute(
          get, response -> read(request, response, sent, addresses[0].getHostAddress(), fetchedAt));
    } catch (FetchException e) {
      throw expired.get() ? totalTimeout(uri, e) : e;
    } catch (ConnectTimeoutException e) {
      throw new FetchException(uri, FetchException.Kind.TIMEOUT_CONNECT, e.getMessage(), e);
    } catch (SocketTimeoutException e) {
      throw expired.get()
          ? totalTimeout(uri, e)
          : new FetchException(
              uri,
              FetchException.Kind.TIMEOUT_RESPONSE,
              "no bytes for " + settings.responseTimeout().toMillis() + " ms",
              e);
    } catch (IOException | RuntimeException e) {
      if (expired.get()) {
        throw totalTimeout(uri, e);
      }
      throw new FetchException(uri, FetchException.Kind.NETWORK, e.toString(), e);
    } finally {
      deadline.cancel(false);
    }
  }

  private FetchException totalTimeout(URI uri, Exception cause) {
    return new FetchException(
        uri,
        FetchException.Kind.TIMEOUT_TOTAL,
        "exchange not complete after " + settings.totalTimeout().toMillis() + " ms",
        cause);
  }

  private static Exchange read(
      FetchRequest request,
      ClassicHttpResponse response,
      List<Map.Entry<String, String>> sent,
      String ip,
      Instant fetchedAt)
      throws IOException {
    URI uri = request.uri();
    List<Map.Entry<String, String>> received = new ArrayList<>();
    for (Header h : response.getHeaders()) {
      received.add(Map.entry(h.getName(), h.getValue()));
    }
    HttpEntity entity = response.getEntity();
    if (entity != null && entity.getContentLength() > request.maxBytes()) {
      throw new FetchException(
          uri,
          FetchException.Kind.TOO_LARGE,
          "Content-Length "
              + entity.getContentLength()
              + " exceeds the limit of "
              + request.maxBytes(),
          null);
    }
    MessageDigest sha256 = Digests.sha256();
    byte[] body = null;
    long size = 0;
    if (entity != null) {
      if (request.bodyFile() != null) {
        size = toFile(request, entity, sha256);
      } else {
        var buffer = new java.io.ByteArrayOutputStream();
        try (InputStream in = entity.getContent();
            OutputStream out = new DigestOutputStream(buffer, sha256)) {
          size = copyAtMost(in, out, request.maxBytes(), uri);
        }
        body = buffer.toByteArray();
      }
    } else if (request.bodyFile() != null) {
      Files.deleteIfExists(request.bodyFile());
    }
    return new Exchange(
        uri,
        sent,
        response.getCode(),
        response.getReasonPhrase(),
        received,
        body,
        request.bodyFile(),
        size,
        HexFormat.of().formatHex(sha256.digest()),
        ip,
        fetchedAt);
  }

  private static long toFile(FetchRequest request, HttpEntity entity, MessageDigest sha256)
      throws IOException {
    var target = request.bodyFile();
    var partial = target.resolveSibling(target.getFileName() + ".part");
    Files.createDirectories(target.toAbsolutePath().getParent());
    long size;
    try (InputStream in = entity.getContent();
        OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha256)) {
      size = copyAtMost(in, out, request.maxBytes(), request.uri());
    } catch (IOException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    return size;
  }

  private static long copyAtMost(InputStream in, OutputStream out, long maxBytes, URI uri)
      throws IOException {
    byte[] buffer = new byte[32 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      if (Thread.interrupted()) {
        throw new InterruptedIOException("interrupted");
      }
      total += n;
      if (total > maxBytes) {
        throw new FetchException(
            uri, FetchException.Kind.TOO_LARGE, "body exceeds the limit of " + maxBytes, null);
      }
      out.write(buffer, 0, n);
    }
    return total;
  }

  private static void header(
      HttpGet get, List<Map.Entry<String, String>> sent, String name, String value) {
    if (!name.equals("Host")) {
      get.setHeader(name, value);
    }
    sent.add(Map.entry(name, value));
  }

  private static String hostHeader(URI uri) {
    return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
  }

  private static Timeout timeout(Duration d) {
    return Timeout.ofMilliseconds(d.toMillis());
  }

  @Override
  public void close() throws IOException {
    deadlines.shutdownNow();
    client.close();
  }
}
