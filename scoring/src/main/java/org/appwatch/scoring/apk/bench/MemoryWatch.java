package org.appwatch.scoring.apk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Samples the used heap every 20 ms on a daemon thread and keeps the peak; reads the process's peak
 * resident set ({@code VmHWM}) from {@code /proc/self/status} where there is one.
 */
final class MemoryWatch {
  private volatile long peak;
  private volatile boolean running = true;

  private MemoryWatch() {}

  static MemoryWatch start() {
    MemoryWatch w = new MemoryWatch();
    Thread t =
        new Thread(
            () -> {
              Runtime rt = Runtime.getRuntime();
              while (w.running) {
                w.peak = Math.max(w.peak, rt.totalMemory() - rt.freeMemory());
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "memory-watch");
    t.setDaemon(true);
    t.start();
    return w;
  }

  long peakHeap() {
    return peak;
  }

  void stop() {
    running = false;
  }

  /** Peak RSS in bytes, or -1 where {@code /proc} is not there. */
  static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
