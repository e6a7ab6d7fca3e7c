package org.appwatch.localstore.corpus;

/** Whether an app's listings link to its privacy policy, and what the link answers. */
public enum PolicyLink {
  /** Linked, and the page is served. */
  PRESENT,
  /** The listings show no policy link. */
  MISSING,
  /** Linked, but the page answers 404. */
  DEAD_404,
  /** Linked, but the page answers 410. */
  DEAD_410;

  /** True when a crawler following the link gets the policy page. */
  public boolean served() {
    return this == PRESENT;
  }

  /** True when the listings carry a link. */
  public boolean linked() {
    return this != MISSING;
  }
}
