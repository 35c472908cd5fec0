package dev.triage.cli;

import dev.triage.answers.AnswerFlags;
import dev.triage.answers.AnswerPrompter;
import dev.triage.answers.GivenAnswers;
import dev.triage.answers.MissingAnswers;
import dev.triage.catalog.Catalog;
import dev.triage.catalog.QuestionnaireFile;
import dev.triage.cli.process.Environment;
import dev.triage.cli.process.ExitCodes;
import dev.triage.engine.AnswerSet;
import dev.triage.engine.Result;
import dev.triage.engine.Walk;
import dev.triage.report.Pager;
import dev.triage.report.Report;
import dev.triage.report.ReportFormat;
import dev.triage.report.ReportOutput;
import dev.triage.report.ResultText;
import dev.triage.report.SafeFile;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code triage run}: walks a questionnaire with answers from flags, a file or a terminal, and
 * shows the result.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Walks a questionnaire and prints the result.",
      "Red flags are asked first. The result says how soon to act, the likely source, the reasons and next steps.",
      "Answers come from -a, --answers, or, at a terminal, from you.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  triage run -a cancer-history=no -a sight=no --no-input",
      "      List the questions still to answer, without asking them.",
      "  triage run -a sit-bone-sitting=yes -o report.md",
      "      Answer the rest at the terminal and save a report.",
      "  triage run --answers report.md --format json -o report.json",
      "      Replay a saved report, and save it again as JSON."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:a result was reached (whatever its tier)",
      "1:the questionnaire or an input file is invalid, or the report could not be written",
      "2:usage error: a bad flag or answer, or answers missing without a terminal",
      "130:cancelled by the user"
    })
final class RunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-q", "--questionnaire"},
      paramLabel = "NAME|PATH",
      description =
          "The questionnaire: a name (as 'triage list' shows) or a file. "
              + "Default: "
              + Catalog.DEFAULT
              + ", or the one a replayed report names.")
  String questionnaire;

  @Option(
      names = {"-a", "--answer"},
      paramLabel = "ID=CHOICE",
      description =
          "An answer by choice id or number as shown, such as -a sit-bone-sitting=yes or -a"
              + " sit-bone-sitting=1, or 'not sure' where offered. Repeatable; several may be joined with commas. Replaces"
              + " an answer from --answers.")
  List<String> answers = new ArrayList<>();

  @Option(
      names = "--answers",
      paramLabel = "FILE",
      description =
          "Answers from a YAML or JSON map of question id to choice, or from a report written by -o "
              + "(replays it). '-' reads standard input.")
  String answersFile;

  @Option(
      names = "--no-input",
      description = "Never ask: when an answer is missing, list what is needed and exit 2.")
  boolean noInput;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Also write a report to FILE ('-' for standard output, instead of the plain result).")
  String output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "The report's format: markdown (md) or json. Without -o the report goes to standard output"
              + " instead of the plain result. Default: json for a FILE ending in .json, else markdown.")
  String format;

  @Option(names = "--force", description = "Replace the report file if it exists.")
  boolean force;

  @Option(
      names = "--no-pager",
      description = "Print the result at the terminal without a pager (as does PAGER=cat).")
  boolean noPager;

  private final Environment env;

  RunCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    env.requireFileName("-o", output, "report.md");
    env.requireFileName("--answers", answersFile, "answers.yaml");
    // --format alone writes the report to standard output, as -o - does.
    Optional<String> to =
        Optional.ofNullable(output).or(() -> Optional.ofNullable(format).map(f -> "-"));
    ReportOutput report = new ReportOutput(to, chooseFormat(), force);
    // With no answers given, a session at a terminal follows unless the questionnaire fails to
    // open: the console
    // builds its terminal on another thread while the questionnaire loads (docs/performance.md).
    Optional<AnswerPrompter> early =
        env.interactive() && !noInput && answers.isEmpty() && answersFile == null
            ? console()
            : Optional.empty();
    early.ifPresent(AnswerPrompter::prepare);
    try {
      return call(report, early);
    } finally {
      early.ifPresent(AnswerPrompter::close);
    }
  }

  private int call(ReportOutput wanted, Optional<AnswerPrompter> early) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    GivenAnswers written = GivenAnswers.read(env.readIfGiven(answersFile), answersFile, answers);
    String named = written.questionnaireName(Optional.ofNullable(questionnaire));
    QuestionnaireFile opened =
        written.open(new Catalog(env.workDir()), Optional.ofNullable(questionnaire));
    AnswerSet given = written.resolve(opened);
    written.changedSince(opened).ifPresent(warning -> err.println("triage: warning: " + warning));

    Walk walk = Walk.start(opened.flow()).replay(given.answers());
    if (!walk.done()) {
      // Standard output a file or a pipe, standard input and error the terminal: ask there, the
      // result goes to stdout.
      boolean onStandardError = !noInput && env.askOnStandardError();
      Optional<AnswerPrompter> prompter =
          early.isPresent()
              ? early
              : (env.interactive() || onStandardError) && !noInput ? console() : Optional.empty();
      if (prompter.isEmpty()) {
        err.print(MissingAnswers.describe(walk, given.answers(), env.width()));
        err.flush();
        return ExitCodes.USAGE;
      }
      // The console asks, shows the result and saves the report itself (styled, with an offer to
      // save).
      walk =
          prompter
              .get()
              .run(
                  new AnswerPrompter.Request(
                      walk,
                      given.answers(),
                      result -> report(opened, named, result),
                      wanted,
                      env.workDir(),
                      env.home(),
                      colour(),
                      onStandardError));
      GivenAnswers.unused(walk, given)
          .forEach(warning -> err.println("triage: warning: " + warning));
      if (onStandardError) {
        Report report = report(opened, named, walk.result().orElseThrow());
        out.print(
            wanted.toStandardOutput()
                ? wanted.format().render(report)
                : ResultText.render(report, env.width()));
        out.flush();
      }
      return ExitCodes.OK;
    }
    GivenAnswers.unused(walk, given).forEach(warning -> err.println("triage: warning: " + warning));

    Report report = report(opened, named, walk.result().orElseThrow());
    if (wanted.toStandardOutput()) {
      out.print(wanted.format().render(report));
    } else {
      if (output != null) {
        // Before the result: a report that cannot be written stops the run with nothing printed.
        SafeFile.check(env.resolve(output), output, force);
      }
      show(ResultText.render(report, env.width()), out);
      if (output != null) {
        SafeFile.write(env.resolve(output), output, wanted.format().render(report), force);
        // On stderr: standard output holds only the result.
        err.println("Report saved to " + output + ".");
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * Whether the console may colour: {@code --no-color} is the root command's, given before or after
   * "run".
   */
  private boolean colour() {
    return env.colour(((TriageCommand) spec.root().userObject()).noColor());
  }

  /**
   * Prints the result, through a pager when standard output is a terminal, as git does ($PAGER,
   * else less -FRX); when the pager is missing or fails, printed as it is.
   */
  private void show(String result, PrintWriter out) {
    out.flush();
    Optional<Pager> pager = env.interactive() ? Pager.choose(env.env(), noPager) : Optional.empty();
    if (pager.isEmpty() || !pager.get().show(result)) {
      out.print(result);
    }
  }

  /** The console, found through {@link ServiceLoader} so that nothing here links to JLine. */
  private static Optional<AnswerPrompter> console() {
    return ServiceLoader.load(AnswerPrompter.class, RunCommand.class.getClassLoader()).findFirst();
  }

  private ReportFormat chooseFormat() {
    if (format == null) {
      return ReportFormat.forFile(Optional.ofNullable(output));
    }
    return ReportFormat.named(format)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "Invalid value for option '--format': '"
                        + format
                        + "' (expected markdown or json)"));
  }

  private Report report(QuestionnaireFile opened, String named, Result result) {
    return new Report(
        opened.questionnaire(),
        opened.sha256(),
        LocalDate.now(env.clock()),
        result,
        AnswerFlags.reproduce(named, result.path()));
  }
}
