package org.appwatch.scoring.apk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens APKs stored inside an APK (plugin frameworks and SDK installers keep them in {@code
 * assets/} or {@code res/raw/}) one level deep, and reads their DEX classes. Their bytes count
 * against the outer APK's inflation total; a broken one is recorded, not fatal.
 */
final class NestedApks {
  private final ApkLimits limits;

  NestedApks(ApkLimits limits) {
    this.limits = limits;
  }

  void read(ZipArchive outer, ReportDraft draft) throws ApkProblem, IOException {
    if (limits.maxNestingDepth() < 1) {
      return;
    }
    List<String> names = outer.names().stream().filter(n -> n.endsWith(".apk")).sorted().toList();
    ApkLimits inner =
        new ApkLimits(
            limits.maxFileBytes(),
            limits.maxEntries(),
            limits.maxRatio(),
            limits.ratioFloorBytes(),
            limits.maxTotalInflatedBytes(),
            limits.maxEntryBytes(),
            limits.maxPoolStrings(),
            0);
    for (String name : names) {
      byte[] bytes = outer.read(outer.entry(name));
      List<ApkError> problems = new ArrayList<>();
      try {
        ZipArchive archive = ZipArchive.open(FileSource.of(bytes), inner, problems);
        DexScanner scanner = new DexScanner(SensitiveApiTable.pinned());
        ApkAnalyzer.readDex(archive, scanner, new ArrayList<>(), problems);
        draft.nestedApks.add(new ApkReport.NestedApk(name, scanner.classes()));
        draft.sensitiveApis.addAll(scanner.sensitiveApis());
      } catch (ApkProblem p) {
        problems.add(p.toError());
      }
      for (ApkError e : problems) {
        draft.errors.add(
            new ApkError(
                ApkErrorCode.NESTED_APK_UNREADABLE, name + ": " + e.code() + " " + e.message()));
      }
    }
  }
}
