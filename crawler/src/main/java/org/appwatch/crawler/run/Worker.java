package org.appwatch.crawler.run;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.appwatch.crawler.evidence.WarcRef;
import org.appwatch.crawler.fetch.Exchange;
import org.appwatch.crawler.fetch.FetchException;
import org.appwatch.crawler.fetch.FetchRequest;
import org.appwatch.crawler.fetch.RetryAfter;
import org.appwatch.crawler.frontier.Commit;
import org.appwatch.crawler.frontier.FrontierEntry;
import org.appwatch.crawler.frontier.Link;
import org.appwatch.crawler.frontier.OutputRow;
import org.appwatch.crawler.frontier.UrlStatus;
import org.appwatch.crawler.frontier.Validator;
import org.appwatch.crawler.politeness.RobotsRules;

/**
 * Crawls one frontier entry: robots check, conditional GET, archive, then by HTTP status: read the
 * content ({@link ContentReader}), follow a redirect ({@link Redirects}), schedule a retry, or
 * record the failure. Returns everything as one {@link Outcome} to commit; never throws for a
 * problem of the URL itself.
 */
final class Worker {

  private static final String IDENTICAL =
      "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest";
  private static final String NOT_MODIFIED =
      "http://netpreserve.org/warc/1.1/revisit/server-not-modified";

  private final CrawlContext ctx;
  private final ContentReader reader;
  private final Redirects redirects;

  Worker(CrawlContext ctx) {
    this.ctx = ctx;
    this.reader = new ContentReader(ctx);
    this.redirects = new Redirects(ctx);
  }

  Outcome process(FrontierEntry entry) throws IOException {
    Link link = entry.link();
    Step step = new Step(ctx, entry);
    RobotsRules rules = ctx.robots().rulesFor(link.url(), link.host(), link.store(), step.rows);
    if (!rules.allows(link.url().toString())) {
      step.fetchRow(null, null, "robots-disallowed", "robots.txt disallows " + link.url(), null);
      return step.fail(
          UrlStatus.FAILED, "robots-disallowed", "robots.txt disallows this URL", false);
    }
    if (reader.alreadyStoredApk(step)) {
      return step.done("already-stored");
    }
    Validator v =
        link.kind().equals("robots") ? null : ctx.frontier().validator(link.url().toString());
    Path bodyFile = reader.spoolsToFile(link) ? ctx.apks().newTemporaryFile() : null;
    FetchRequest request = new FetchRequest(link.url(), reader.limit(link), bodyFile, null, null);
    if (v != null) {
      request = request.withValidators(v.etag(), v.lastModified());
    }
    try {
      Exchange x;
      try {
        x = ctx.fetcher().fetch(request);
      } catch (FetchException e) {
        step.fetchRow(null, null, e.kind().label(), e.getMessage(), null);
        return step.retryOrFail(e.kind().label(), e.getMessage(), e.kind().retryable(), null);
      }
      return handle(step, x, v);
    } finally {
      if (bodyFile != null) {
        Files.deleteIfExists(bodyFile);
      }
    }
  }

  private Outcome handle(Step step, Exchange x, Validator v) throws IOException {
    int status = x.status();
    if (status == 304 && v != null) {
      WarcRef revisit = ctx.warc().writeRevisit(x, NOT_MODIFIED, v.ref(), x.uri());
      step.fetchRow(x, revisit, null, null, "revisit");
      return reader.readUnchanged(step, v);
    }
    if (status / 100 == 2) {
      if (v != null && x.payloadSha256().equals(v.sha256())) {
        WarcRef revisit = ctx.warc().writeRevisit(x, IDENTICAL, v.ref(), x.uri());
        step.fetchRow(x, revisit, null, null, "revisit");
        return reader.readUnchanged(step, v);
      }
      WarcRef ref = ctx.warc().write(x);
      step.fetchRow(x, ref, null, null, "response");
      return reader.read(step, x, ref);
    }
    WarcRef ref = ctx.warc().write(x);
    step.fetchRow(x, ref, null, null, "response");
    String kind = "http-" + status;
    if (status / 100 == 3 && x.header("Location") != null) {
      return redirects.follow(step, x.header("Location"));
    }
    if (status == 429) {
      Duration wait = RetryAfter.parse(x.header("Retry-After"), Instant.now());
      return step.retryOrFail(kind, "429 Too Many Requests", true, wait);
    }
    if (status / 100 == 5) {
      return step.retryOrFail(kind, "server error " + status, true, null);
    }
    if (status == 404 || status == 410) {
      return step.fail(UrlStatus.GONE, kind, "HTTP " + status, false);
    }
    return step.fail(UrlStatus.FAILED, kind, "HTTP " + status, false);
  }

  /** The state of one entry's processing: rows gathered so far and how to end it. */
  static final class Step {
    final CrawlContext ctx;
    final FrontierEntry entry;
    final Link link;
    final int attempt;
    final List<OutputRow> rows = new ArrayList<>();
    final List<Link> links = new ArrayList<>();

    Step(CrawlContext ctx, FrontierEntry entry) {
      this.ctx = ctx;
      this.entry = entry;
      this.link = entry.link();
      this.attempt = entry.attempts() + 1;
    }

    void fetchRow(Exchange x, WarcRef ref, String errorKind, String error, String warcType) {
      fetchRow(x, ref, errorKind, error, warcType, null);
    }

    void fetchRow(
        Exchange x, WarcRef ref, String errorKind, String error, String warcType, String charset) {
      rows.add(
          new OutputRow(
              "fetches",
              link.url() + "\t" + attempt,
              new Records.FetchRecord(
                  ctx.crawlId(),
                  link.store(),
                  link.url().toString(),
                  link.kind(),
                  link.app(),
                  x == null ? 0 : x.status(),
                  errorKind,
                  error,
                  x == null ? Instant.now() : x.fetchedAt(),
                  x == null ? null : x.contentType(),
                  charset,
                  x == null ? null : x.payloadSha256(),
                  x == null ? -1 : x.bodySize(),
                  ref == null ? null : ref.file(),
                  ref == null ? null : ref.recordId(),
                  ref == null ? null : ref.offset(),
                  warcType)));
    }

    Outcome done(String label) {
      return done(label, null);
    }

    Outcome done(String label, Validator validator) {
      return new Outcome(
          new Commit(entry, UrlStatus.FETCHED, attempt, 0, null, null, links, rows, validator),
          false,
          0,
          label);
    }

    Outcome redirected(Link target) {
      links.add(target);
      return new Outcome(
          new Commit(
              entry,
              UrlStatus.REDIRECTED,
              attempt,
              0,
              null,
              target.url().toString(),
              links,
              rows,
              null),
          false,
          0,
          "redirected");
    }

    /** Schedules another attempt when the failure may pass and attempts remain; else fails. */
    Outcome retryOrFail(String kind, String error, boolean retryable, Duration retryAfter) {
      boolean hostFailure = !kind.equals("too-large") && !kind.equals("refused-address");
      if (retryable && attempt < ctx.settings().maxAttempts()) {
        Duration wait = ctx.settings().backoffAfter(attempt);
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
          wait =
              retryAfter.compareTo(ctx.settings().maxBackoff()) > 0
                  ? ctx.settings().maxBackoff()
                  : retryAfter;
        }
        long due = System.currentTimeMillis() + wait.toMillis();
        return new Outcome(
            new Commit(entry, UrlStatus.DISCOVERED, attempt, due, kind, error, links, rows, null),
            hostFailure,
            retryAfter == null ? 0 : due,
            kind);
      }
      return fail(UrlStatus.FAILED, kind, error, hostFailure && retryable);
    }

    Outcome fail(UrlStatus status, String kind, String error, boolean hostFailure) {
      ContentReader.failureRow(this, status, kind, error);
      return new Outcome(
          new Commit(entry, status, attempt, 0, kind, error, links, rows, null),
          hostFailure,
          0,
          kind);
    }

    URI uri() {
      return link.url();
    }
  }
}
