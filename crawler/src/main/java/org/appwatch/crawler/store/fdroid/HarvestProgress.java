package org.appwatch.crawler.store.fdroid;

/** Hears how a harvest advances, to drive a progress bar. Called from one thread. */
public interface HarvestProgress {
  void started(int packages);

  void apkDone(HarvestedApk record);

  HarvestProgress NONE =
      new HarvestProgress() {
        @Override
        public void started(int packages) {}

        @Override
        public void apkDone(HarvestedApk record) {}
      };
}
