package dev.triage.cli;

import dev.triage.batch.Batch;
import dev.triage.batch.Format;
import dev.triage.batch.Progress;
import dev.triage.batch.ReportDir;
import dev.triage.batch.Summary;
import dev.triage.catalog.Catalog;
import dev.triage.catalog.QuestionnaireFile;
import dev.triage.diag.Printable;
import dev.triage.diag.TriageException;
import dev.triage.report.SafeFile;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code triage batch}: a whole list of answer sets in one run, one record out for each (see dev.triage.batch). */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Walks many answer sets (JSON Lines or CSV) through one questionnaire, each as 'triage run --no-input' would,"
          + " and writes one record per set in input order: the outcome, tier, likely source and reasons, or the"
          + " questions still needed, or why the line was rejected. A summary goes to standard error.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every line was read (each set complete or incomplete)",
      "1:a line was rejected, a report was not written, or the input, output or questionnaire failed",
      "2:usage error: a bad flag or format"
    })
final class BatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-q", "--questionnaire"}, paramLabel = "NAME|PATH",
      description = "The questionnaire: a name (./questionnaires/ first, then bundled) or a file. Default: "
          + Catalog.DEFAULT + ".")
  String questionnaire;

  @Option(names = "--input", paramLabel = "FILE",
      description = "The answer sets: a JSON Lines or CSV file, or '-' for standard input (the default).")
  String input;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Where the records go: a file, written whole or not at all, or '-' for standard output (the"
          + " default).")
  String output;

  @Option(names = "--input-format", paramLabel = "FORMAT",
      description = "jsonl or csv. Default: csv for a FILE ending in .csv, else jsonl.")
  String inputFormat;

  @Option(names = "--output-format", paramLabel = "FORMAT",
      description = "jsonl or csv. Default: csv for a FILE ending in .csv, jsonl for .jsonl, else the input's.")
  String outputFormat;

  @Option(names = "--report-dir", paramLabel = "DIR",
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
    env.requireFileName("--report-dir", reportDir, "reports");
    Format in = format("--input-format", inputFormat, input).orElse(Format.JSONL);
    Format out = format("--output-format", outputFormat, output).orElse(in);
    Optional<Path> reports = Optional.ofNullable(reportDir).map(env::resolve);
    if (reports.isPresent() && !Files.isDirectory(reports.get())) {
      throw TriageException.input("cannot write reports to '" + reportDir + "': it is not a directory; create it"
          + " first");
    }
    String named = questionnaire != null ? questionnaire : Catalog.DEFAULT;
    QuestionnaireFile opened = QuestionnaireFile.open(new Catalog(env.workDir()).find(named));
    Optional<ReportDir> dir = reports.map(path -> new ReportDir(path, reportDir, force,
        opened.questionnaire(), opened.sha256(), named, LocalDate.now(env.clock())));
    Batch batch = new Batch(opened.flow(), out, dir);
    Summary summary;
    try (InputStream stream = open()) {
      summary = isStandard(output) ? toStandardOutput(batch, stream, in) : toFile(batch, stream, in);
    }
    spec.commandLine().getErr().println("triage: " + summary.line());
    return summary.clean() ? ExitCodes.OK : ExitCodes.INVALID;
  }

  private Summary toStandardOutput(Batch batch, InputStream stream, Format in) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    return run(batch, stream, in, out);
  }

  /** Into a temporary file beside the output, moved into place only when every line is written. */
  private Summary toFile(Batch batch, InputStream stream, Format in) throws IOException {
    try (SafeFile file = SafeFile.open(env.resolve(output), output, force)) {
      Writer writer = new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8), 1 << 16);
      Summary summary = run(batch, stream, in, writer);
      writer.flush();
      file.place();
      return summary;
    }
  }

  private Summary run(Batch batch, InputStream stream, Format in, Writer out) throws IOException {
    Optional<Progress> progress = progress();
    LongConsumer told = progress.isPresent() ? progress.get() : done -> { };
    try {
      return batch.run(stream, isStandard(input) ? Environment.STDIN : input, in, out, told);
    } catch (IOException e) {
      throw new TriageException(TriageException.Kind.INPUT, "batch stopped: " + e.getMessage() + "; nothing of the"
          + " output is complete", e);
    } finally {
      progress.ifPresent(Progress::finish);
    }
  }

  private InputStream open() {
    if (isStandard(input)) {
      return env.in();
    }
    Path path = env.resolve(input);
    if (Files.isDirectory(path)) {
      throw TriageException.input(input + ": this is a directory, not a file; name a JSON Lines or CSV file");
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw TriageException.input(input + ": no such file; check the path and the file name");
    } catch (IOException e) {
      throw new TriageException(TriageException.Kind.INPUT, input + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The progress line, only when standard error is a terminal a person watches: Java cannot tell that directly, so
   * Linux's name for file descriptor 2 does, with TERM set as a terminal sets it. It needs carriage returns, which the
   * command's error writer (rightly) filters out, so it writes to descriptor 2 itself.
   */
  private Optional<Progress> progress() {
    String term = env.variable("TERM").orElse("");
    if (term.isEmpty() || term.equals("dumb")) {
      return Optional.empty();
    }
    try {
      String fd2 = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      if (fd2.startsWith("/dev/pts/") || fd2.startsWith("/dev/tty")) {
        return Optional.of(new Progress(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
            StandardCharsets.UTF_8)));
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // Not Linux, or no /proc: no progress line.
    }
    return Optional.empty();
  }

  private Optional<Format> format(String option, String given, String file) {
    if (given != null) {
      return Optional.of(Format.named(given).orElseThrow(() -> new ParameterException(spec.commandLine(),
          "Invalid value for option '" + option + "': " + Printable.quote(given) + " (expected jsonl or csv)")));
    }
    return file == null || isStandard(file) ? Optional.empty() : Format.ofFile(file);
  }

  private static boolean isStandard(String file) {
    return file == null || file.equals("-");
  }
}
