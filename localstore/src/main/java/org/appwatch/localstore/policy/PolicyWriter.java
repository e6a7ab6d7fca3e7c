package org.appwatch.localstore.policy;

/**
 * Renders a {@link PolicySpec} as a privacy-policy web page.
 *
 * <p>The wording comes from one template file per language ({@code clauses-zh-Hans.yaml}, {@code
 * clauses-zh-Hant.yaml}, {@code clauses-en.yaml}) and the section order from {@code
 * policy-layout.yaml}, all read once per JVM. Each {@link Clause} of the spec is written in one of
 * several equivalent phrasings, chosen by {@link PolicySpec#phrasing()}; a clause not in the spec
 * leaves no sentence that states it. Strings taken from the spec (app name, operator, SDK fields,
 * e-mail) are written as given, HTML-escaped, and are not translated.
 *
 * <p>App name, operator, language, clauses and form must be non-null, and the SDK and permission
 * lists non-null (possibly empty); dates and e-mail may be null when the clauses that print them
 * are absent. {@link Clause#UNREASONABLE_CANCELLATION_CONDITIONS} and {@link
 * Clause#PERSONALISATION_OPT_OUT} are worded as conditions on, or a switch for, something the
 * policy describes elsewhere; a spec should carry them with {@link Clause#ACCOUNT_CANCELLATION} and
 * {@link Clause#PERSONALISATION} respectively.
 *
 * <p>Thread-safe and cheap: tens of microseconds per page, no I/O after class loading.
 */
public final class PolicyWriter {

  private final TemplateCatalog catalog = TemplateCatalog.get();

  /**
   * Renders the policy page.
   *
   * @return a complete HTML document; identical for equal specs
   */
  public String html(PolicySpec spec) {
    PolicyTemplates t = catalog.templates(spec.language());
    return switch (spec.form()) {
      case HTML -> new PolicyDocument(spec, catalog).render();
      case PDF_LINK_ONLY -> PlaceholderPages.pdfLink(spec, t);
      case IMAGE_ONLY -> PlaceholderPages.image(spec, t);
      case LOGIN_WALL -> PlaceholderPages.loginWall(spec, t);
    };
  }
}
