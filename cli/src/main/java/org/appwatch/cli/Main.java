package org.appwatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code appwatch} command. */
@Command(
    name = "appwatch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Audits mobile apps at app-store scale for illegal collection and use of personal information.")
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new Main());
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
