package org.appwatch.localstore.http;

import java.io.IOException;

/** Answers requests under one path prefix of one host. */
@FunctionalInterface
public interface Route {

  /** The reply; a 404 reply for paths the route does not know. */
  Reply handle(Request request) throws IOException;
}
