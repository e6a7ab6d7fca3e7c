package org.appwatch.scoring.rules.evidence;

/**
 * What the store page says.
 *
 * @param policyLink whether the page links to a privacy policy and whether the link answered; null
 *     when the store's pages have no policy field (the state is unknown)
 * @param policyUrl the link, or null
 * @param category the store category, or null
 * @param installs install count (lower bound as shown), or null when the store does not show it
 */
public record ListingFacts(
    PolicyLink policyLink,
    String policyUrl,
    String category,
    Long installs,
    Provenance provenance) {

  /** The state of the listing's privacy-policy link. */
  public enum PolicyLink {
    /** A link that answered with a page. */
    PRESENT,
    /** No link on the listing. */
    MISSING,
    /** A link that did not answer (4xx, 5xx, DNS, timeout). */
    DEAD
  }
}
