package org.appwatch.localstore.policy;

/** Renders a {@link PolicySpec} as a privacy-policy web page. */
public final class PolicyWriter {

  /**
   * Renders the policy page.
   *
   * @return a complete HTML document; identical for equal specs
   */
  public String html(PolicySpec spec) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
