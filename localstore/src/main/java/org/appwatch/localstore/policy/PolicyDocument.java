package org.appwatch.localstore.policy;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Renders the {@link PolicyForm#HTML} form: a site page with navigation, a tracking script and
 * footer around the policy article. The article walks {@link PolicyLayout}; a clause's text is
 * written exactly when the spec has the clause.
 *
 * <p>Hard negatives: while a clause is absent, the appendix may define one of its key words (a coin
 * per clause decides), e.g. what “注销” means, which states no cancellation procedure. They keep
 * analysers from passing on keywords alone, and are few so that the page still reads as a policy.
 */
final class PolicyDocument {

  // Analytics boilerplate that extractors are expected to drop; it carries no policy text.
  private static final String SCRIPT =
      "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
          + "gtag('js',new Date());gtag('config','UA-000000-1');</script>";
  private static final String STYLE =
      "<style>body{font-family:sans-serif;margin:0}header,footer{background:#f4f4f4;padding:8px 24px}"
          + "nav a{margin-right:16px}article{max-width:860px;margin:24px auto;line-height:1.7}"
          + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style>";

  private final PolicySpec spec;
  private final PolicyTemplates t;
  private final PolicyLayout layout;
  private final Phrasing phrasing;
  private final Map<String, String> vars;
  private final ClauseBlocks blocks;
  private final HtmlOut out = new HtmlOut();
  private List<PolicyLayout.Section> shown = List.of();
  private List<String> headings = List.of();

  PolicyDocument(PolicySpec spec, TemplateCatalog catalog) {
    this.spec = spec;
    this.t = catalog.templates(spec.language());
    this.layout = catalog.layout();
    this.phrasing = new Phrasing(spec.phrasing());
    this.vars = vars(spec, t, catalog);
    this.blocks = new ClauseBlocks(t, phrasing);
  }

  String render() {
    List<PolicyLayout.Section> shown = new ArrayList<>();
    for (PolicyLayout.Section s : layout.sections()) {
      if (s.always() || hasClause(s)) {
        shown.add(s);
      }
    }
    List<String> headings = headings(shown);
    this.shown = shown;
    this.headings = headings;
    out.raw("<!DOCTYPE html><html lang=\"").raw(spec.language().tag()).raw("\"><head>");
    out.raw("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">");
    out.element("title", t.page().title(), vars).raw(STYLE).raw(SCRIPT).raw("</head><body>");
    out.raw("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").text(spec.operator());
    out.raw("</a><nav>");
    for (String item : t.page().nav()) {
      out.raw("<a href=\"#\">").text(item).raw("</a>");
    }
    out.raw("</nav></header><main><article class=\"policy\">");
    out.element("h1", t.page().title(), vars);
    for (int i = 0; i < shown.size(); i++) {
      section(shown.get(i), headings.get(i));
    }
    out.raw("</article></main><footer class=\"site-footer\">");
    for (String item : t.page().footer()) {
      out.element("span", item, vars).raw(" ");
    }
    out.raw("</footer><script src=\"/static/analytics.js\"></script></body></html>");
    return out.toString();
  }

  private boolean hasClause(PolicyLayout.Section s) {
    for (String item : s.items()) {
      if (item.startsWith("clause:") && spec.clauses().contains(clause(item))) {
        return true;
      }
    }
    return false;
  }

  /** The heading text of each shown section, numbered in page order; null for no heading. */
  private List<String> headings(List<PolicyLayout.Section> shown) {
    List<String> result = new ArrayList<>();
    int n = 0;
    for (PolicyLayout.Section s : shown) {
      String title = s.hasHeading() ? t.headings().get(s.id()) : null;
      if (s.numbered()) {
        title =
            HtmlOut.plain(t.headingFormat(), Map.of("n", t.numerals().get(n++), "title", title));
      }
      result.add(title);
    }
    return result;
  }

  private void section(PolicyLayout.Section s, String heading) {
    out.raw("<section id=\"").raw(s.id()).raw("\">");
    if (heading != null) {
      out.raw("<h2>").text(heading).raw("</h2>");
    }
    for (String item : s.items()) {
      if (item.startsWith("clause:")) {
        clause(clause(item));
      } else if (item.startsWith("filler:")) {
        String key = item.substring(7);
        paragraphs(phrasing.pick(t.filler().get(key), Phrasing.salt(key)));
      } else if (item.equals("toc")) {
        toc();
      } else if (item.equals("definitions")) {
        definitions();
      } else {
        throw new IllegalStateException("unknown layout item " + item);
      }
    }
    out.raw("</section>");
  }

  private void clause(Clause clause) {
    if (!spec.clauses().contains(clause)) {
      return;
    }
    List<String> text = phrasing.pick(t.clauses().get(clause), Phrasing.salt(clause));
    switch (clause) {
      case PERMISSION_PURPOSES -> {
        out.element("h3", t.headings().get(clause.name()), vars);
        paragraphs(text);
        blocks.permissions(out, spec.permissions());
      }
      case THIRD_PARTY_SDK_LIST -> {
        out.element("h3", t.headings().get(clause.name()), vars);
        paragraphs(text);
        blocks.sdks(out, spec.sdks());
      }
      case EFFECTIVE_AND_UPDATED_DATES -> {
        for (String line : text) {
          out.raw("<p class=\"policy-dates\">").fill(line, vars).raw("</p>");
        }
      }
      default -> paragraphs(text);
    }
  }

  private void paragraphs(List<String> paragraphs) {
    for (String p : paragraphs) {
      out.element("p", p, vars);
    }
  }

  private void toc() {
    out.element("p", t.page().toc(), vars).raw("<ol class=\"toc\">");
    for (int i = 0; i < shown.size(); i++) {
      if (shown.get(i).numbered()) {
        out.raw("<li>").text(headings.get(i)).raw("</li>");
      }
    }
    out.raw("</ol>");
  }

  private void definitions() {
    out.raw("<ul class=\"definitions\">");
    for (String d : t.definitions()) {
      out.element("li", d, vars);
    }
    for (Map.Entry<Clause, String> negative : t.hardNegatives().entrySet()) {
      Clause clause = negative.getKey();
      if (!spec.clauses().contains(clause) && phrasing.coin(Phrasing.salt("negative" + clause))) {
        out.element("li", negative.getValue(), vars);
      }
    }
    out.raw("</ul>");
  }

  private static Clause clause(String item) {
    return Clause.valueOf(item.substring(7));
  }

  private static Map<String, String> vars(
      PolicySpec spec, PolicyTemplates t, TemplateCatalog catalog) {
    // Phone and address are not in the spec; derive them so equal specs give equal pages.
    SplittableRandom r = new SplittableRandom(spec.phrasing() ^ spec.operator().hashCode());
    Map<String, String> v = new HashMap<>();
    v.put("app", spec.appName());
    v.put("operator", spec.operator());
    v.put("email", spec.contactEmail());
    v.put("days", Integer.toString(spec.responseWorkingDays()));
    DateTimeFormatter dates = catalog.dateFormat(spec.language());
    // Dates and e-mail may be null in a spec whose clauses do not use them.
    v.put("effective", spec.effectiveDate() == null ? null : dates.format(spec.effectiveDate()));
    v.put("updated", spec.updatedDate() == null ? null : dates.format(spec.updatedDate()));
    String a = Integer.toString(1000 + r.nextInt(9000));
    String b = Integer.toString(1000 + r.nextInt(9000));
    v.put(
        "phone",
        HtmlOut.plain(t.phones().get(r.nextInt(t.phones().size())), Map.of("a", a, "b", b)));
    String n = Integer.toString(1 + r.nextInt(999));
    v.put(
        "address",
        HtmlOut.plain(t.addresses().get(r.nextInt(t.addresses().size())), Map.of("n", n)));
    return v;
  }
}
