package dev.triage.cli;

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
      "It screens for emergencies first. It does not diagnose: see a professional when in doubt."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the questionnaire or an input file is invalid, a case failed, or reading or writing failed",
      "2:usage error: a bad flag, a missing or bad answer",
      "130:cancelled by the user"
    })
public final class TriageCommand implements Callable<Integer> {
  /**
   * Every subcommand, in the order --help lists them. Add new ones here, not in {@code @Command(subcommands = ...)}:
   * setting one up costs start-up time (docs/performance.md), so {@link dev.triage.cli.launch.Subcommands} sets up
   * only the one a command line names.
   */
  public static final List<Class<?>> SUBCOMMANDS = List.of(
      RunCommand.class,
      ListCommand.class,
      ValidateCommand.class,
      CasesCommand.class,
      GraphCommand.class,
      CompletionCommand.class,
      CompleteCommand.class);

  @Spec CommandSpec spec;

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "Print the Java stack trace of a failure (for bug reports).")
  boolean stacktrace;

  private final Environment environment;

  public TriageCommand(Environment environment) {
    this.environment = environment;
  }

  /** Whether {@code --stacktrace} was given, before or after the subcommand's name. */
  boolean stacktrace() {
    return stacktrace;
  }

  /** What subcommands may know beyond their arguments. */
  public Environment environment() {
    return environment;
  }

  /** At a terminal, plain {@code triage} starts an interactive run; anywhere else it shows the usage. */
  @Override
  public Integer call() {
    if (environment.interactive()) {
      return spec.subcommands().get("run").execute();
    }
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
