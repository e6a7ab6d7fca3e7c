package org.appwatch.scoring.apk;

import java.util.ArrayList;
import java.util.List;
import org.appwatch.scoring.apk.catalogue.SdkMatch;

/** The parts of an {@link ApkReport} gathered so far; a fatal error freezes what is there. */
final class ReportDraft {
  final String file;
  String sha256;
  long size = -1;
  ManifestInfo manifest;
  List<PermissionFacts> permissions = List.of();
  SigningInfo signing;
  final List<String> dexFiles = new ArrayList<>();
  List<String> classes = List.of();
  final List<ApkReport.NestedApk> nestedApks = new ArrayList<>();
  List<String> nativeLibraries = List.of();
  final List<SensitiveApi> sensitiveApis = new ArrayList<>();
  ConsentEvidence consent;
  List<SdkMatch> sdks = List.of();
  final List<ApkError> errors = new ArrayList<>();

  ReportDraft(String file) {
    this.file = file;
  }

  ApkReport toReport() {
    return new ApkReport(
        file,
        sha256,
        size,
        manifest,
        permissions,
        signing,
        List.copyOf(dexFiles),
        classes,
        List.copyOf(nestedApks),
        nativeLibraries,
        List.copyOf(sensitiveApis),
        consent,
        sdks,
        List.copyOf(errors));
  }
}
