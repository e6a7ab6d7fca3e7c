package org.appwatch.localstore.policy;

/** How a policy page presents its text, as real policy links do. */
public enum PolicyForm {
  /** The policy text itself, in HTML. */
  HTML,
  /** A page whose only content is a link to a PDF file. */
  PDF_LINK_ONLY,
  /** A page that shows the policy as an image, with no text. */
  IMAGE_ONLY,
  /** A login form in place of the policy. */
  LOGIN_WALL
}
