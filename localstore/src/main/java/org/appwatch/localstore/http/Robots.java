package org.appwatch.localstore.http;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A robots.txt: one group for all user agents, with disallowed paths and an optional delay. */
final class Robots implements Route {

  private final byte[] body;

  /**
   * @param crawlDelaySeconds 0 for no Crawl-delay line
   */
  Robots(List<String> disallow, int crawlDelaySeconds, String sitemap) {
    StringBuilder b = new StringBuilder("User-agent: *\n");
    disallow.forEach(d -> b.append("Disallow: ").append(d).append('\n'));
    if (crawlDelaySeconds > 0) {
      b.append("Crawl-delay: ").append(crawlDelaySeconds).append('\n');
    }
    if (sitemap != null) {
      b.append("\nSitemap: ").append(sitemap).append('\n');
    }
    this.body = b.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Reply handle(Request req) {
    if (!req.path().equals("/robots.txt")) {
      return Reply.status(404, "Not Found");
    }
    return Reply.ok("text/plain; charset=utf-8", body, true);
  }
}
