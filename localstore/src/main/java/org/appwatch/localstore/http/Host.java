package org.appwatch.localstore.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One HTTP server on 127.0.0.1 with a bounded thread pool, dispatching to routes by longest path
 * prefix. robots.txt and routes marked {@code reliable} are exempt from misbehaviour.
 */
final class Host implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Host.class.getName());

  private record Mount(String prefix, Route route, boolean redirectable, boolean reliable) {}

  private final String name;
  private final Misbehaviour misbehaviour;
  private final List<Mount> mounts = new ArrayList<>();
  private final HttpServer server;
  private final ExecutorService pool;

  Host(String name, int port, int threads, Misbehaviour misbehaviour) throws IOException {
    this.name = name;
    this.misbehaviour = misbehaviour;
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "localstore-" + name);
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(pool);
    server.createContext("/", this::handle);
  }

  /** Mounts a page route (HTML or JSON): may be redirected to its canonical URL. */
  Host page(String prefix, Route route) {
    mounts.add(new Mount(prefix, route, true, false));
    return this;
  }

  /** Mounts a file route (APKs, indexes): faults but no redirects. */
  Host file(String prefix, Route route) {
    mounts.add(new Mount(prefix, route, false, false));
    return this;
  }

  /** Mounts a route that always answers correctly (robots.txt, ground truth). */
  Host reliable(String prefix, Route route) {
    mounts.add(new Mount(prefix, route, false, true));
    return this;
  }

  void start() {
    mounts.sort((a, b) -> Integer.compare(b.prefix.length(), a.prefix.length()));
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        Responder.send(
            ex, Reply.status(405, "Method Not Allowed").withHeader("Allow", "GET, HEAD"));
        return;
      }
      Request req =
          Request.of(method, ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery());
      Optional<Mount> mount =
          mounts.stream().filter(m -> req.path().startsWith(m.prefix)).findFirst();
      if (mount.isEmpty()) {
        Responder.send(ex, Reply.status(404, "Not Found"));
        return;
      }
      Mount m = mount.get();
      if (!m.reliable) {
        Optional<Reply> fault = misbehaviour.fault(name, req, m.redirectable);
        if (fault.isPresent()) {
          Responder.send(ex, fault.get());
          return;
        }
      }
      Responder.send(ex, m.route.handle(req));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      // A client that hangs up mid-body is normal for a crawler; anything else is a bug to log.
      LOG.log(Level.FINE, name + ": " + ex.getRequestURI(), e);
      if (!(e instanceof IOException)) {
        LOG.log(Level.WARNING, name + ": " + ex.getRequestURI(), e);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
