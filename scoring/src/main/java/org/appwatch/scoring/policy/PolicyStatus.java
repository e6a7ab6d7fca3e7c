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
  DOCUMENT_LINK_ONLY("not machine-readable: only a link to a PDF or image"),
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
