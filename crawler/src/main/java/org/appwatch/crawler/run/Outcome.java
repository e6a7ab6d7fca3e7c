package org.appwatch.crawler.run;

import org.appwatch.crawler.frontier.Commit;

/**
 * What one worker step produced: the commit, plus what the host scheduler must learn from it.
 *
 * @param hostFailure whether the host misbehaved (5xx, timeout, network), towards pausing it
 * @param pauseUntilMillis the host may not be contacted before this (Retry-After), or 0
 * @param label a short word for the progress line and the summary (stored, gone, http-503, …)
 */
record Outcome(Commit commit, boolean hostFailure, long pauseUntilMillis, String label) {}
