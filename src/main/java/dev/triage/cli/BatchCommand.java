package dev.triage.cli;

import dev.triage.batch.Batch;
import dev.triage.batch.Format;
import dev.triage.batch.Intake;
import dev.triage.batch.Progress;
import dev.triage.batch.ReportDir;
import dev.triage.batch.Summary;
import dev.triage.catalog.Catalog;
import dev.triage.catalog.QuestionnaireFile;
import dev.triage.cli.process.Environment;
import dev.triage.cli.process.ExitCodes;
import dev.triage.cli.process.TerminalDevices;
import dev.triage.diag.Printable;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code triage batch}: a whole list of answer sets in one run, one record out for each (see
 * dev.triage.batch).
 */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Walks many answer sets and writes a record for each.",
      "The answer sets (JSON Lines or CSV) go through one questionnaire, each as 'triage run --no-input' walks it."
          + " Each record, in input order, holds the outcome, tier, likely source and reasons, or the questions still"
          + " needed, or why the line was rejected. A summary goes to standard error.",
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  triage batch --input answers.jsonl --output results.jsonl",
      "      A record for each answer set, as JSON Lines.",
      "  triage batch --input intake.csv --report-dir reports",
      "      CSV records on standard output, and a report for each complete set."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every line was read (each set complete or incomplete)",
      "1:a line was rejected, a report was not written, or the input, output or questionnaire failed",
      "2:usage error: a bad flag or format"
    })
final class BatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-q", "--questionnaire"},
      paramLabel = "NAME|PATH",
      description =
          "The questionnaire: a name (as 'triage list' shows) or a file. Default: "
              + Catalog.DEFAULT
              + ".")
  String questionnaire;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description =
          "The answer sets: a JSON Lines or CSV file, or '-' for standard input (the default).")
  String input;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Where the records go: a file, written whole or not at all, or '-' for standard output (the"
              + " default).")
  String output;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "jsonl or csv. Default: csv for a FILE ending in .csv, else jsonl.")
  String inputFormat;

  @Option(
      names = "--output-format",
      paramLabel = "FORMAT",
      description =
          "jsonl or csv. Default: csv for a FILE ending in .csv, jsonl for .jsonl, else the input's.")
  String outputFormat;

  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      description = "Also write a Markdown report for each complete set into DIR, named by its id.")
  String reportDir;

  @Option(names = "--force", description = "Replace the output file and reports that exist.")
  boolean force;

  private final Environment env;

  BatchCommand(Environment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    env.requireFileName("--input", input, "answers.jsonl");
    env.requireFileName("--output", output, "results.jsonl");
    env.requireName("--report-dir", reportDir, "reports");
    Format in = format("--input-format", inputFormat, input).orElse(Format.JSONL);
    Format out = format("--output-format", outputFormat, output).orElse(in);
    String named = questionnaire != null ? questionnaire : Catalog.DEFAULT;
    QuestionnaireFile opened = QuestionnaireFile.open(new Catalog(env.workDir()).find(named));
    Optional<ReportDir> reports =
        Optional.ofNullable(reportDir)
            .map(
                dir ->
                    ReportDir.open(
                        env.resolve(dir), dir, force, opened, named, LocalDate.now(env.clock())));
    Batch batch = new Batch(opened.flow(), out, reports);
    Optional<Progress> progress =
        Progress.onStandardError(TerminalDevices.standardErrorIsTerminal(), env.variable("TERM"));
    Summary summary;
    try (Intake intake =
        isStandard(input)
            ? new Intake(env.in(), Environment.STDIN, in)
            : Intake.open(env.resolve(input), input, in)) {
      summary =
          isStandard(output)
              ? batch.toStream(intake, spec.commandLine().getOut(), progress)
              : batch.toFile(intake, env.resolve(output), output, force, progress);
    }
    spec.commandLine().getErr().println("triage: " + summary.line());
    return summary.clean() ? ExitCodes.OK : ExitCodes.INVALID;
  }

  private Optional<Format> format(String option, String given, String file) {
    if (given != null) {
      return Optional.of(
          Format.named(given)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "Invalid value for option '"
                              + option
                              + "': "
                              + Printable.quote(given)
                              + " (expected jsonl or csv)")));
    }
    return file == null || isStandard(file) ? Optional.empty() : Format.ofFile(file);
  }

  private static boolean isStandard(String file) {
    return file == null || file.equals("-");
  }
}
