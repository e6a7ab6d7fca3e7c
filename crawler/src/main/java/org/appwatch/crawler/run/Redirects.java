package org.appwatch.crawler.run;

import java.net.URI;
import org.appwatch.crawler.fetch.FetchException;
import org.appwatch.crawler.frontier.Link;
import org.appwatch.crawler.frontier.UrlStatus;

/**
 * Follows a redirect by adding its target to the frontier (so each hop is its own archived, polite,
 * robots-checked fetch), after checking it: a bounded number of hops, no loop, and a target address
 * the crawler may contact — checked before anything connects to it.
 */
final class Redirects {

  private final CrawlContext ctx;

  Redirects(CrawlContext ctx) {
    this.ctx = ctx;
  }

  Outcome follow(Worker.Step step, String location) throws java.io.IOException {
    Link link = step.link;
    URI target;
    try {
      target = link.url().resolve(location.trim());
    } catch (IllegalArgumentException e) {
      return step.fail(UrlStatus.FAILED, "bad-redirect", "Location " + location, false);
    }
    if (target.equals(link.url()) || ctx.frontier().isRedirected(target.toString())) {
      return step.fail(
          UrlStatus.FAILED, "redirect-loop", "redirect to " + target + " loops", false);
    }
    if (link.hops() + 1 > ctx.settings().maxRedirects()) {
      return step.fail(
          UrlStatus.FAILED,
          "too-many-redirects",
          "more than " + ctx.settings().maxRedirects() + " redirects",
          false);
    }
    try {
      ctx.fetcher().guard().check(target);
    } catch (FetchException e) {
      return step.fail(
          UrlStatus.FAILED,
          e.kind().label(),
          "redirect to " + target + ": " + e.getMessage(),
          false);
    }
    return step.redirected(link.redirectedTo(target));
  }
}
