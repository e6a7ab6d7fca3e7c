package org.appwatch.localstore.policy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The forms that carry no machine-readable policy text: a bare link to a PDF, a bare image, and a
 * login wall. Each is what a text extractor meets on real policy links that lead nowhere usable.
 */
final class PlaceholderPages {

  private PlaceholderPages() {}

  /**
   * A page whose only content is a link to {@code <app>-privacy.pdf}, the app name percent-encoded,
   * relative to the page.
   */
  static String pdfLink(PolicySpec spec, PolicyTemplates t) {
    Map<String, String> vars = Map.of("app", spec.appName());
    HtmlOut out = head(spec, t, vars);
    out.raw("<a href=\"").raw(fileName(spec, "pdf")).raw("\">").fill(t.page().pdfLink(), vars);
    return out.raw("</a></body></html>").toString();
  }

  /** A page showing only an image {@code <app>-privacy.png} of the policy. */
  static String image(PolicySpec spec, PolicyTemplates t) {
    Map<String, String> vars = Map.of("app", spec.appName());
    HtmlOut out = head(spec, t, vars);
    out.raw("<img src=\"").raw(fileName(spec, "png")).raw("\" alt=\"");
    out.fill(t.page().imageAlt(), vars).raw("\" width=\"750\">");
    return out.raw("</body></html>").toString();
  }

  /** A sign-in form with a prompt, in place of the policy. */
  static String loginWall(PolicySpec spec, PolicyTemplates t) {
    Map<String, String> vars = Map.of("app", spec.appName());
    PolicyTemplates.Page page = t.page();
    HtmlOut out = head(spec, t, vars);
    out.raw("<form class=\"login\" method=\"post\" action=\"/login\">");
    out.element("p", page.loginPrompt(), vars);
    out.raw("<label>")
        .text(page.loginUser())
        .raw("<input type=\"text\" name=\"username\"></label>");
    out.raw("<label>").text(page.loginPassword());
    out.raw("<input type=\"password\" name=\"password\"></label>");
    out.raw("<button type=\"submit\">").text(page.loginButton()).raw("</button></form>");
    return out.raw("</body></html>").toString();
  }

  private static HtmlOut head(PolicySpec spec, PolicyTemplates t, Map<String, String> vars) {
    HtmlOut out = new HtmlOut();
    out.raw("<!DOCTYPE html><html lang=\"").raw(spec.language().tag()).raw("\"><head>");
    out.raw("<meta charset=\"utf-8\">").element("title", t.page().title(), vars);
    return out.raw("</head><body>");
  }

  private static String fileName(PolicySpec spec, String extension) {
    String name = URLEncoder.encode(spec.appName(), StandardCharsets.UTF_8).replace("+", "%20");
    return name + "-privacy." + extension;
  }
}
