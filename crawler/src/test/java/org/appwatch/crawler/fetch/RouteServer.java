package org.appwatch.crawler.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.Executors;

/** An HTTP server on 127.0.0.1 with one route per behaviour under test, as jsoup's tests do. */
public final class RouteServer implements AutoCloseable {

  private final HttpServer server;

  public RouteServer() throws IOException {
    this(InetAddress.getLoopbackAddress());
  }

  /** A server on another loopback address (Linux routes all of 127.0.0.0/8 to loopback). */
  public RouteServer(InetAddress address) throws IOException {
    server = HttpServer.create(new InetSocketAddress(address, 0), 16);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  public RouteServer route(String path, HttpHandler handler) {
    server.createContext(
        path,
        exchange -> {
          try (exchange) {
            handler.handle(exchange);
          }
        });
    return this;
  }

  public URI uri(String path) {
    return URI.create(
        "http://"
            + server.getAddress().getAddress().getHostAddress()
            + ":"
            + server.getAddress().getPort()
            + path);
  }

  public static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
