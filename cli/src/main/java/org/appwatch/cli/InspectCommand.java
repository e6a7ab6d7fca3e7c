package org.appwatch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.appwatch.scoring.apk.ApkAnalyzer;
import org.appwatch.scoring.apk.ApkReport;
import org.appwatch.scoring.apk.ApkReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code appwatch inspect}: analyse single artefacts by hand, printing what the jobs would see. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = "Analyses single files and prints what appwatch finds in them, as JSON.",
    subcommands = {InspectCommand.Apk.class, InspectPolicyCommand.class})
final class InspectCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code appwatch inspect apk}. */
  @Command(
      name = "apk",
      mixinStandardHelpOptions = true,
      description = {
        "Prints each APK's record as JSON: manifest, permissions, signing, classes,",
        "sensitive API calls, consent strings, SDKs with the signals that matched, errors.",
        "Exit code 1 when any file could not be analysed completely (its record says why)."
      })
  static final class Apk implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "APK files.")
    List<Path> files;

    @Option(
        names = "--jsonl",
        description = "One line per file (JSON Lines) instead of indented JSON.")
    boolean jsonl;

    @Override
    public Integer call() {
      boolean allComplete = true;
      for (Path file : files) {
        ApkReport report = ApkAnalyzer.analyze(file);
        System.out.println(ApkReportJson.write(report, jsonl));
        allComplete &= report.complete();
      }
      return allComplete ? 0 : Main.FAILED;
    }
  }
}
