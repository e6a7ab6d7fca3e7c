package org.appwatch.scoring.assess;

import org.appwatch.scoring.rules.evidence.ListingFacts;
import org.appwatch.scoring.rules.evidence.Provenance;

/**
 * Builds the rules' {@link ListingFacts} from what a crawler saw on a store page and when it
 * followed the page's policy link.
 */
public final class Listings {

  private Listings() {}

  /**
   * The listing's facts.
   *
   * @param policyUrl the page's privacy-policy link, or null when it has none
   * @param policyHttpStatus the final HTTP status of fetching the link; 0 when the fetch failed
   *     (DNS, timeout); ignored without a link
   * @param category the store category, or null
   * @param installs install count as shown, or null
   * @param page the store page: its URL as {@code file}, WARC record, crawl; may be null
   */
  public static ListingFacts of(
      String policyUrl, int policyHttpStatus, String category, Long installs, Provenance page) {
    return new ListingFacts(link(policyUrl, policyHttpStatus), policyUrl, category, installs, page);
  }

  /**
   * The facts of a listing from a store whose pages have no privacy-policy field at all (an F-Droid
   * index): the link's state is unknown rather than missing, so that no rule reads the store's
   * format as the app's omission.
   */
  public static ListingFacts withoutPolicyField(String category, Long installs, Provenance page) {
    return new ListingFacts(null, null, category, installs, page);
  }

  /** Missing without a URL; present for a 2xx answer; dead otherwise. */
  public static ListingFacts.PolicyLink link(String policyUrl, int policyHttpStatus) {
    if (policyUrl == null || policyUrl.isBlank()) {
      return ListingFacts.PolicyLink.MISSING;
    }
    return policyHttpStatus >= 200 && policyHttpStatus < 300
        ? ListingFacts.PolicyLink.PRESENT
        : ListingFacts.PolicyLink.DEAD;
  }
}
