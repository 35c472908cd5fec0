package dev.triage.cli;

import dev.triage.cli.process.Environment;
import dev.triage.diag.Docs;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options, the list of subcommands and the exit codes in its help. */
@Command(
    name = "triage",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Suggests the likely source of pain in the back of the thigh and what to do next.",
      "It screens for emergencies first. It does not diagnose: see a professional when in doubt.",
      "Run 'triage' alone to start the questionnaire: at a terminal it asks the questions one at a time (as"
          + " 'triage run' does); anywhere else it lists the answers it needs and exits 2."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  triage",
      "      Answer the questions at the terminal.",
      "  triage run -a sit-bone-sitting=yes -a nerve-signs=neither -o report.md",
      "      Give some answers up front, answer the rest, and save a report.",
      "  triage run --answers report.md",
      "      Replay a saved report.",
      "",
      "Each command's own help: triage COMMAND --help. More in " + Docs.ALL + "."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the questionnaire or an input file is invalid, a case failed, a batch line was rejected, or reading or"
          + " writing failed",
      "2:usage error: a bad flag, a missing or bad answer",
      "130:cancelled by the user"
    })
public final class TriageCommand implements Callable<Integer> {
  /**
   * Every subcommand, in the order --help lists them. Add new ones here, not in
   * {@code @Command(subcommands = ...)}: setting one up costs start-up time (docs/performance.md),
   * so {@link dev.triage.cli.launch.Subcommands} sets up only the one a command line names.
   */
  public static final List<Class<?>> SUBCOMMANDS =
      List.of(
          RunCommand.class,
          ListCommand.class,
          ValidateCommand.class,
          CasesCommand.class,
          GraphCommand.class,
          BatchCommand.class,
          HelpCommand.class,
          CompletionCommand.class,
          CompleteCommand.class);

  @Spec CommandSpec spec;

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "Print the Java stack trace of a failure (for bug reports).")
  boolean stacktrace;

  @Option(
      names = "--no-color",
      scope = ScopeType.INHERIT,
      description = "No colour or emphasis at the terminal (as does setting NO_COLOR).")
  boolean noColor;

  private final Environment environment;

  public TriageCommand(Environment environment) {
    this.environment = environment;
  }

  /** Whether {@code --stacktrace} was given, before or after the subcommand's name. */
  boolean stacktrace() {
    return stacktrace;
  }

  /** Whether {@code --no-color} was given, before or after the subcommand's name. */
  boolean noColor() {
    return noColor;
  }

  /** What subcommands may know beyond their arguments. */
  public Environment environment() {
    return environment;
  }

  /**
   * Plain {@code triage} is {@code triage run} without answers: at a terminal it asks the
   * questions; anywhere else it lists the answers needed and exits 2, as a run does.
   */
  @Override
  public Integer call() {
    return spec.subcommands().get("run").execute();
  }
}
