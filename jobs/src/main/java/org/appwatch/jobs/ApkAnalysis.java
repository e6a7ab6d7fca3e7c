package org.appwatch.jobs;

import java.io.Serializable;
import java.nio.file.Path;
import org.appwatch.scoring.apk.ApkReport;

/** What analyses one APK file on an executor; serialisable so that tasks can carry it. */
@FunctionalInterface
interface ApkAnalysis extends Serializable {
  ApkReport analyze(Path apk);
}
