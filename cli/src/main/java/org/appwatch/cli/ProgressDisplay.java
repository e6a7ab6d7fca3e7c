package org.appwatch.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows how a long stage advances: a live bar with rate and counts on a terminal, and a line every
 * tenth of the way when output goes to a log or CI, so that logs stay short.
 */
final class ProgressDisplay implements AutoCloseable {

  private final ProgressBar bar;
  private final String task;
  private long total;
  private long done;
  private int lastDecile;

  private ProgressDisplay(String task, long total) {
    this.task = task;
    this.total = total;
    this.bar =
        System.console() == null
            ? null
            : new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .build();
  }

  static ProgressDisplay start(String task, long total) {
    return new ProgressDisplay(task, total);
  }

  void resize(long newTotal) {
    total = newTotal;
    if (bar != null) {
      bar.maxHint(newTotal);
    }
  }

  void step(String status) {
    done++;
    if (bar != null) {
      bar.step();
      bar.setExtraMessage(status);
      return;
    }
    int decile = total <= 0 ? 10 : (int) (done * 10 / total);
    if (decile > lastDecile) {
      lastDecile = decile;
      System.out.printf("  %s: %d/%d (%s)%n", task, done, total, status);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
