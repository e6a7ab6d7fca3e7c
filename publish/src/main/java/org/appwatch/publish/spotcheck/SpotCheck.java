package org.appwatch.publish.spotcheck;

import java.util.List;
import org.appwatch.publish.data.AppScore;
import org.appwatch.publish.data.Finding;

/**
 * One app on the spot-check list.
 *
 * @param rank position on this list, from 1
 * @param findings the findings an inspector must look at (not pass, not n/a, not a manual task),
 *     heaviest first
 * @param tasks the manual checks that apply: what only an inspector can decide
 */
public record SpotCheck(int rank, AppScore app, List<Finding> findings, List<Finding> tasks) {

  public SpotCheck {
    findings = List.copyOf(findings);
    tasks = List.copyOf(tasks);
  }
}
