package org.appwatch.cli;

import java.io.IOException;
import org.appwatch.model.SettingsException;
import org.appwatch.scoring.rules.CatalogueException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code appwatch} command. Exit codes: 0 success; 1 the work failed (the message says why, and
 * what was already collected is kept); 2 bad usage, options or settings.
 */
@Command(
    name = "appwatch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {
      RunCommand.class,
      CrawlCommand.class,
      StoreCommand.class,
      InspectCommand.class,
      RulesCommand.class,
      SpotChecksCommand.class,
      PublishCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      EvalCommand.class,
      BenchCommand.class
    },
    description =
        "Audits mobile apps at app-store scale for illegal collection and use of personal information.")
public final class Main implements Runnable {

  static final int FAILED = 1;
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(Main::reportFailure)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setUsageHelpWidth(100);
  }

  /** Expected failures get a one-line message; only a bug earns a stack trace. */
  private static int reportFailure(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    String command = commandLine.getCommandName();
    if (e instanceof SettingsException
        || e instanceof CatalogueException
        || e instanceof IllegalArgumentException) {
      commandLine.getErr().println(command + ": " + e.getMessage());
      return USAGE;
    }
    if (e instanceof IOException) {
      commandLine.getErr().println(command + ": " + e.getMessage());
      return FAILED;
    }
    e.printStackTrace(commandLine.getErr());
    return FAILED;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
