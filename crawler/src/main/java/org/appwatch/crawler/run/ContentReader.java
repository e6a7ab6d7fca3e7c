package org.appwatch.crawler.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.appwatch.crawler.evidence.WarcRef;
import org.appwatch.crawler.fetch.DecodedText;
import org.appwatch.crawler.fetch.Exchange;
import org.appwatch.crawler.frontier.Link;
import org.appwatch.crawler.frontier.OutputRow;
import org.appwatch.crawler.frontier.UrlStatus;
import org.appwatch.crawler.frontier.Validator;
import org.appwatch.crawler.policy.PolicyText;
import org.appwatch.crawler.store.Discoveries;
import org.appwatch.crawler.store.Listing;
import org.appwatch.crawler.store.Page;
import org.appwatch.crawler.store.StoreAdapter;

/**
 * Turns fetched content into output rows and links, by the kind of URL: APKs are checked against
 * the promised SHA-256 and stored content-addressed; policy pages are reduced to their main text;
 * every other kind goes to its store's adapter. A payload unchanged since an earlier crawl is read
 * back from the archive, not stored again.
 */
final class ContentReader {

  private static final int MIN_POLICY_CHARS = 200;

  private final CrawlContext ctx;

  ContentReader(CrawlContext ctx) {
    this.ctx = ctx;
  }

  boolean spoolsToFile(Link link) {
    return link.kind().equals("apk") || link.kind().equals("index");
  }

  long limit(Link link) {
    return switch (link.kind()) {
      case "apk" -> ctx.limit("apk");
      case "policy" -> ctx.limit("policy");
      case "index" -> ctx.limit("json");
      case "robots" -> ctx.limit("robots");
      default -> ctx.limit(adapter(link).html() ? "html" : "json");
    };
  }

  /** An APK whose promised digest is already in the store needs no download. */
  boolean alreadyStoredApk(Worker.Step step) {
    String sha = step.link.expectedSha256();
    if (!step.link.kind().equals("apk") || sha == null || !ctx.apks().contains(sha)) {
      return false;
    }
    apkRow(step, "already-stored", sha.toLowerCase(java.util.Locale.ROOT), -1, null, null);
    return true;
  }

  Outcome read(Worker.Step step, Exchange x, WarcRef ref) throws IOException {
    Validator next =
        new Validator(
            x.uri().toString(),
            x.header("ETag"),
            x.header("Last-Modified"),
            x.payloadSha256(),
            ref,
            x.gzipped());
    if (step.link.kind().equals("apk")) {
      String expected = step.link.expectedSha256();
      if (expected != null && !expected.equalsIgnoreCase(x.payloadSha256())) {
        return step.fail(
            UrlStatus.FAILED,
            "hash-mismatch",
            "store promised " + expected + ", got " + x.payloadSha256(),
            false);
      }
      boolean had = ctx.apks().contains(x.payloadSha256());
      ctx.apks().adopt(x.bodyFile(), x.payloadSha256());
      apkRow(step, had ? "already-stored" : "stored", x.payloadSha256(), x.bodySize(), ref, null);
      return step.done(had ? "already-stored" : "stored", next);
    }
    Page page = new Page(step.link, x.body(), x.bodyFile(), x.gzipped(), x.contentType());
    return readPage(step, page, ref, x.payloadSha256(), next);
  }

  Outcome readUnchanged(Worker.Step step, Validator v) throws IOException {
    if (step.link.kind().equals("apk")) {
      if (v.sha256() == null || !ctx.apks().contains(v.sha256())) {
        return step.fail(
            UrlStatus.FAILED, "evidence-missing", "304 for an APK no longer stored", false);
      }
      apkRow(
          step,
          "already-stored",
          v.sha256(),
          Files.size(ctx.apks().pathOf(v.sha256())),
          v.ref(),
          null);
      return step.done("unchanged", v);
    }
    byte[] body =
        ctx.warcBodies().payload(v.ref(), (int) Math.min(limit(step.link), Integer.MAX_VALUE - 8));
    Page page = new Page(step.link, body, null, v.gzipped(), null);
    return readPage(step, page, v.ref(), v.sha256(), v);
  }

  private Outcome readPage(Worker.Step step, Page page, WarcRef ref, String sha, Validator next) {
    try {
      if (step.link.kind().equals("policy")) {
        policyRow(step, page, ref, sha);
        return step.done("policy", next);
      }
      adapter(step.link).read(page, new Found(step, ref));
      return step.done(step.link.kind(), next);
    } catch (IOException | RuntimeException e) {
      return step.fail(UrlStatus.FAILED, "parse-error", e.toString(), false);
    }
  }

  private void policyRow(Worker.Step step, Page page, WarcRef ref, String sha) throws IOException {
    String type = page.contentType() == null ? "text/html" : page.contentType();
    if (!type.toLowerCase(java.util.Locale.ROOT).contains("html")) {
      policyRecord(step, "not-html", null, null, 0, null, null, ref, sha, null);
      return;
    }
    DecodedText decoded = page.text(true);
    PolicyText p = PolicyText.extract(decoded.text(), page.uri().toString());
    Path file = ctx.policyTexts().pathOf(p.sha256());
    if (!Files.exists(file)) {
      Path tmp = ctx.policyTexts().newTemporaryFile();
      Files.writeString(tmp, p.text(), StandardCharsets.UTF_8);
      ctx.policyTexts().adopt(tmp, p.sha256());
    }
    String status = p.text().length() >= MIN_POLICY_CHARS ? "ok" : "no-text";
    policyRecord(
        step,
        status,
        p,
        ctx.relative(file),
        p.text().length(),
        decoded.charset(),
        null,
        ref,
        sha,
        null);
  }

  private static void policyRecord(
      Worker.Step step,
      String status,
      PolicyText p,
      String file,
      int chars,
      String charset,
      String error,
      WarcRef ref,
      String sha,
      Instant at) {
    step.rows.add(
        new OutputRow(
            "policies",
            step.link.url().toString(),
            new Records.PolicyRecord(
                step.ctx.crawlId(),
                step.link.store(),
                step.link.app(),
                step.link.url().toString(),
                step.link.requested().toString(),
                status,
                p == null ? null : p.sha256(),
                sha,
                p == null ? null : p.language(),
                p == null ? null : p.script(),
                charset,
                p == null ? null : p.title(),
                chars,
                file,
                at == null ? Instant.now() : at,
                error,
                ref == null ? null : ref.file(),
                ref == null ? null : ref.recordId())));
  }

  private void apkRow(
      Worker.Step step, String status, String sha, long size, WarcRef ref, String error) {
    String file =
        sha != null && ctx.apks().contains(sha) ? ctx.relative(ctx.apks().pathOf(sha)) : null;
    step.rows.add(apkRecord(step, status, sha, size, file, ref, error));
  }

  private static OutputRow apkRecord(
      Worker.Step step,
      String status,
      String sha,
      long size,
      String file,
      WarcRef ref,
      String error) {
    Link l = step.link;
    return new OutputRow(
        "apks",
        l.store() + "\t" + l.app() + "\t" + l.url(),
        new Records.ApkRecord(
            step.ctx.crawlId(),
            l.store(),
            l.app(),
            l.url().toString(),
            status,
            sha,
            size,
            file,
            Instant.now(),
            error,
            ref == null ? null : ref.file(),
            ref == null ? null : ref.recordId()));
  }

  /** The output row a URL of kind APK or policy leaves when it finally fails. */
  static void failureRow(Worker.Step step, UrlStatus status, String kind, String error) {
    switch (step.link.kind()) {
      case "apk" -> step.rows.add(apkRecord(step, kind, null, -1, null, null, error));
      case "policy" ->
          policyRecord(
              step,
              status == UrlStatus.GONE ? "dead" : "failed",
              null,
              null,
              0,
              null,
              kind + ": " + error,
              null,
              null,
              null);
      default -> {}
    }
  }

  private StoreAdapter adapter(Link link) {
    StoreAdapter a = ctx.adapters().get(link.store());
    if (a == null) {
      throw new UncheckedIOException(new IOException("no adapter for store " + link.store()));
    }
    return a;
  }

  /** Collects a page's links and listings into the step, each link once. */
  private static final class Found implements Discoveries {
    private final Worker.Step step;
    private final WarcRef ref;
    private final Set<String> seen = new HashSet<>();

    Found(Worker.Step step, WarcRef ref) {
      this.step = step;
      this.ref = ref;
    }

    @Override
    public void link(Link link) {
      if (seen.add(link.url().toString())) {
        step.links.add(link);
      }
    }

    @Override
    public void listing(Listing listing) {
      Link l = step.link;
      String app = listing.packageName() == null ? l.app() : listing.packageName();
      step.rows.add(
          new OutputRow(
              "listings",
              l.store() + "\t" + (app == null ? l.url() : app),
              new Records.ListingRecord(
                  step.ctx.crawlId(),
                  l.store(),
                  app,
                  l.url().toString(),
                  listing.fields(),
                  listing.missing(),
                  Instant.now(),
                  ref.file(),
                  ref.recordId())));
    }
  }
}
