package org.appwatch.localstore.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.appwatch.localstore.corpus.AppSpec;
import org.appwatch.localstore.corpus.Corpus;
import org.appwatch.localstore.corpus.PageEncoding;
import org.appwatch.localstore.policy.PolicySpec;

/**
 * The developers' sites: {@code /<developer-slug>/privacy/<pkg>.html}, rendered by the injected
 * policy writer. Dead links answer 404 or 410; GBK pages are labelled in the header, in a {@code
 * <meta>} only, or not at all, per app.
 */
final class SiteRoutes implements Route {

  private static final Pattern POLICY = Pattern.compile("/([^/]+)/privacy/([^/]+)\\.html");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta\\s+charset=[\"']?[\\w-]+[\"']?\\s*/?>"
              + "|<meta\\s+http-equiv=[\"']?content-type[\"']?[^>]*>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HEAD = Pattern.compile("<head[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Charset GBK = Charset.forName("GBK");

  private final Corpus corpus;
  private final Function<PolicySpec, String> writer;

  SiteRoutes(Corpus corpus, Function<PolicySpec, String> writer) {
    this.corpus = corpus;
    this.writer = writer;
  }

  @Override
  public Reply handle(Request req) {
    Matcher m = POLICY.matcher(req.path());
    if (!m.matches()) {
      return Reply.status(404, "Not Found");
    }
    Optional<AppSpec> app =
        corpus.byPackage(m.group(2)).filter(a -> a.developer().slug().equals(m.group(1)));
    if (app.isEmpty()) {
      return Reply.status(404, "Not Found");
    }
    AppSpec a = app.get();
    return switch (a.policyLink()) {
      case PRESENT -> page(a);
      case DEAD_410 -> Reply.status(410, "Gone");
      case MISSING, DEAD_404 -> Reply.status(404, "Not Found");
    };
  }

  private Reply page(AppSpec a) {
    String html = writer.apply(a.policy());
    PageEncoding enc = a.policyEncoding();
    if (!enc.gbk()) {
      return Reply.encoded("text/html; charset=utf-8", html, StandardCharsets.UTF_8);
    }
    String gbkHtml = withMetaCharset(html, "gbk");
    String type =
        enc.headerCharset() == null ? "text/html" : "text/html; charset=" + enc.headerCharset();
    return Reply.encoded(type, gbkHtml, GBK);
  }

  /** Replaces the page's declared charset (or adds one after {@code <head>}). */
  static String withMetaCharset(String html, String charset) {
    String meta = "<meta charset=\"" + charset + "\">";
    Matcher m = META_CHARSET.matcher(html);
    if (m.find()) {
      return m.replaceAll(Matcher.quoteReplacement(meta));
    }
    Matcher h = HEAD.matcher(html);
    if (h.find()) {
      return html.substring(0, h.end()) + meta + html.substring(h.end());
    }
    return meta + html;
  }
}
