package org.appwatch.localstore.policy;

import java.util.List;

/**
 * The section order of a generated policy, shared by every language ({@code policy-layout.yaml}).
 *
 * @param sections the sections in page order
 */
record PolicyLayout(List<Section> sections) {

  /**
   * One section of the page.
   *
   * @param id key of the section's heading in {@link PolicyTemplates#headings()}
   * @param heading {@code none}, {@code plain} or {@code numbered}
   * @param always whether the section is written when none of its clauses is present
   * @param items {@code clause:NAME}, {@code filler:KEY}, {@code toc} or {@code definitions}
   */
  record Section(String id, String heading, boolean always, List<String> items) {

    boolean numbered() {
      return "numbered".equals(heading);
    }

    boolean hasHeading() {
      return !"none".equals(heading);
    }
  }
}
