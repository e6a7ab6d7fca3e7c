package org.appwatch.scoring.policy;

/**
 * Why a policy page could or could not be analysed. Anything but {@link #OK} means the detections
 * are empty because there was nothing to read, never because the policy is clean.
 */
public enum PolicyStatus {
  OK("analysed"),
  NO_POLICY_TEXT("no policy text"),
  TOO_SHORT("text too short to be a policy"),
  NOT_MACHINE_READABLE("not machine-readable"),
  /** Only a link to a PDF or Word file: the text exists but was not fetched, so it is unknown. */
  DOCUMENT_LINK_ONLY("only a link to a document (PDF/Word), text not analysed"),
  /** Only an image of the policy: no text a user can search, resize or have read aloud. */
  IMAGE_ONLY("not machine-readable: the policy is only an image"),
  LOGIN_WALL("login wall"),
  TOO_LARGE("input too large");

  private final String label;

  PolicyStatus(String label) {
    this.label = label;
  }

  /** The wording an inspector sees. */
  public String label() {
    return label;
  }
}
