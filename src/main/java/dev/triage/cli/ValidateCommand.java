package dev.triage.cli;

import dev.triage.catalog.Catalog;
import dev.triage.cli.process.Environment;
import dev.triage.cli.process.ExitCodes;
import dev.triage.diag.Diagnostic;
import dev.triage.diag.DiagnosticPrinter;
import dev.triage.diag.Docs;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.TriageException;
import dev.triage.validate.CheckedFile;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code triage validate}: checks questionnaire files and reports every problem in them at once.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Checks questionnaire files and reports every problem.",
      "It checks the YAML, the format's keys and values, and every rule of the questionnaire format (ids,"
          + " references, cycles, reachability, red flags first, tiers, wording), as the file"
          + " "
          + Docs.QUESTIONNAIRE_FORMAT
          + " describes them.",
      "Each problem is printed on standard error, with its line and a caret under its column, in file and line"
          + " order; then standard output has one line per file and a total."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is valid (with --strict: and has no warnings)",
      "1:a file has an error, cannot be read or is not found (with --strict: or has a warning)",
      "2:usage error: no FILE, or an unknown option"
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--strict",
      description = "Fail on warnings too: exit 1 when any file has a warning.")
  boolean strict;

  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Questionnaire files to check: a path (it has a slash or ends in .yaml), or a name as for"
              + " run -q (as 'triage list' shows).")
  List<String> files;

  private final Environment environment;

  public ValidateCommand(Environment environment) {
    this.environment = environment;
  }

  /**
   * The day reviews are due against: the command's clock in UTC, which needs no time-zone lookup
   * (see LocalClock); a review date is a day, and which side of midnight it is somewhere changes no
   * decision.
   */
  private LocalDate today() {
    return LocalDate.ofInstant(environment.clock().instant(), ZoneOffset.UTC);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long errors = 0;
    long warnings = 0;
    Catalog catalog = new Catalog(environment.workDir());
    for (String file : files) {
      CheckedFile checked;
      try {
        checked = CheckedFile.check(catalog.find(file), today());
      } catch (QuestionnaireException e) {
        checked = CheckedFile.failed(file, e);
      } catch (TriageException e) {
        // An unknown name: said like any other failure, then on to the next file.
        e.lines().forEach(line -> err.println("triage: " + line));
        err.flush();
        out.println(file + ": not found");
        errors++;
        continue;
      }
      for (Diagnostic d : checked.diagnostics()) {
        err.println(DiagnosticPrinter.render(d, checked.source()));
      }
      // Problems first, so in a terminal each file's line follows its own problems.
      err.flush();
      out.println(checked.file() + ": " + verdict(checked.errors(), checked.warnings()));
      out.flush();
      errors += checked.errors();
      warnings += checked.warnings();
    }
    out.println(
        count(files.size(), "file")
            + " checked: "
            + count(errors, "error")
            + ", "
            + count(warnings, "warning")
            + (strict && warnings > 0 ? " (--strict: warnings fail)" : ""));
    return errors > 0 || (strict && warnings > 0) ? ExitCodes.INVALID : ExitCodes.OK;
  }

  private String verdict(long errors, long warnings) {
    if (errors == 0 && warnings == 0) {
      return "ok";
    }
    if (errors == 0) {
      return (strict ? "invalid, " : "ok, ") + count(warnings, "warning");
    }
    return "invalid, "
        + count(errors, "error")
        + (warnings == 0 ? "" : ", " + count(warnings, "warning"));
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
