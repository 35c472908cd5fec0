package dev.triage.cli;

import dev.triage.cli.completion.CompletionScript;
import dev.triage.cli.launch.Subcommands;
import dev.triage.cli.process.ExitCodes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code triage generate-completion}: prints the bash completion script. Ours rather than
 * picocli's, whose script completes only what is known when it is made: names for -q and answers
 * for -a depend on the questionnaire.
 */
@Command(
    name = "generate-completion",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    optionListHeading = "Options:%n",
    description = {
      "Prints the bash completion script for triage.",
      "It completes subcommands, options, file names, questionnaire names for -q, --format values, and question ids"
          + " and their answers for -a (of the questionnaire -q names).",
      "Run the following command to give `triage` TAB completion in the current shell:",
      "",
      "  source <(triage generate-completion)",
      ""
    })
final class CompletionCommand implements Callable<Integer>, Subcommands.SeesAll {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(CompletionScript.bash(spec.root()));
    out.flush();
    return ExitCodes.OK;
  }
}
