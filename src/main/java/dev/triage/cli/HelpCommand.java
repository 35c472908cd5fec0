package dev.triage.cli;

import dev.triage.cli.launch.Subcommands;
import dev.triage.cli.process.ExitCodes;
import dev.triage.diag.TriageException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code triage help [COMMAND]}: the help of triage or of one of its commands, as {@code --help}
 * prints it. It sees every command, to print the help of the one it names.
 */
@Command(
    name = "help",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {"Prints the help of triage or of a command."})
final class HelpCommand implements Callable<Integer>, Subcommands.SeesAll {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "COMMAND",
      description = "The command whose help to print.")
  String command;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    CommandLine named = command == null ? root : root.getSubcommands().get(command);
    if (named == null) {
      throw TriageException.usage(Failures.unknownCommand(command, root.getCommandSpec()));
    }
    named.usage(spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
