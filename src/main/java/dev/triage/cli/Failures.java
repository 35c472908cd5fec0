package dev.triage.cli;

import dev.triage.cli.process.ExitCodes;
import dev.triage.diag.Diagnostic;
import dev.triage.diag.DiagnosticPrinter;
import dev.triage.diag.Nearest;
import dev.triage.diag.Printable;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.TriageException;
import dev.triage.report.ShellQuote;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** The one place that turns failures into a message on stderr and an exit code. */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final BooleanSupplier stacktrace;

  /**
   * @param stacktrace whether --stacktrace was given, asked once the command line is parsed
   */
  Failures(BooleanSupplier stacktrace) {
    this.stacktrace = stacktrace;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    int code = report(ex, err);
    if (stacktrace.getAsBoolean()) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    Optional<String> atRoot = mistakeAtTheRoot(ex, args);
    if (atRoot.isPresent()) {
      err.println("triage: " + atRoot.get());
    } else {
      err.println("triage: " + ex.getMessage() + nearest(ex));
      err.print(cmd.getHelp().synopsis(0));
      err.println(
          "Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    }
    if (stacktrace.getAsBoolean()) {
      ex.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.USAGE;
  }

  /**
   * What a mistake in the words given to triage itself most likely is: a word that is no command,
   * or an option of a command given before (or without) the command's name, which is said with the
   * command line meant ({@code triage -q example} for {@code triage run -q example}).
   */
  private static Optional<String> mistakeAtTheRoot(ParameterException ex, String[] args) {
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    if (spec.parent() != null
        || !(ex instanceof UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return Optional.empty();
    }
    String typed = unmatched.getUnmatched().get(0);
    if (!typed.startsWith("-")) {
      return Optional.of(unknownCommand(typed, spec));
    }
    String option = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
    for (CommandLine command : spec.subcommands().values()) {
      if (!command.getCommandSpec().usageMessage().hidden()
          && command.getCommandSpec().optionsMap().containsKey(option)) {
        List<String> meant = new ArrayList<>(List.of("triage", command.getCommandName()));
        meant.addAll(List.of(args));
        return Optional.of(
            Printable.cut(option, 60) + " belongs to a command: " + ShellQuote.line(meant));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code unknown command 'valdate'; did you mean 'validate'? ('triage --help' lists the
   * commands)}, for a word that names none of {@code root}'s commands.
   */
  static String unknownCommand(String typed, CommandSpec root) {
    List<String> known = new ArrayList<>();
    root.subcommands()
        .forEach(
            (name, command) -> {
              if (!command.getCommandSpec().usageMessage().hidden()) {
                known.add(name);
              }
            });
    return "unknown command "
        + Printable.quote(typed)
        + Nearest.id(typed, known).map(name -> "; did you mean '" + name + "'?").orElse("")
        + " ('triage --help' lists the commands)";
  }

  /**
   * For an unknown subcommand or option, the name it was most likely meant to be, with the edit
   * distance of every other "did you mean": {@code "; did you mean 'validate'?"}, or nothing.
   */
  private static String nearest(ParameterException ex) {
    if (!(ex instanceof UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return "";
    }
    String typed = unmatched.getUnmatched().get(0);
    CommandSpec spec = ex.getCommandLine().getCommandSpec();
    List<String> known = new ArrayList<>();
    if (typed.startsWith("-")) {
      spec.options().stream()
          .filter(o -> !o.hidden())
          .forEach(o -> known.addAll(List.of(o.names())));
    } else {
      known.addAll(spec.subcommands().keySet());
    }
    return Nearest.id(typed, known).map(name -> "; did you mean '" + name + "'?").orElse("");
  }

  /**
   * The JVM ran out of memory or stack: said in one line like any other failure. By the time it is
   * caught, what filled the heap is garbage, so printing works.
   */
  static int exhausted(VirtualMachineError e, PrintWriter err) {
    String what =
        e instanceof OutOfMemoryError
            ? "out of memory (the Java heap is full)"
            : "out of stack (something nests too deeply)";
    err.println(
        "triage: "
            + what
            + "; check that this is the right file, or give Java more memory, for example with"
            + " JAVA_TOOL_OPTIONS=-Xmx1g");
    err.flush();
    return ExitCodes.INVALID;
  }

  /** Prints what went wrong and returns the exit code it maps to. */
  static int report(Exception ex, PrintWriter err) {
    if (ex instanceof QuestionnaireException q) {
      for (Diagnostic d : q.diagnostics()) {
        err.println(DiagnosticPrinter.render(d, q.source()));
      }
      return ExitCodes.INVALID;
    }
    if (ex instanceof TriageException t) {
      t.diagnostics().forEach(d -> err.println(DiagnosticPrinter.render(d, t.source())));
      t.lines().forEach(line -> err.println("triage: " + line));
      return switch (t.kind()) {
        case INPUT -> ExitCodes.INVALID;
        case USAGE -> ExitCodes.USAGE;
        case CANCELLED -> ExitCodes.CANCELLED;
      };
    }
    if (ex instanceof ParameterException p) {
      err.println("triage: " + p.getMessage());
      return ExitCodes.USAGE;
    }
    StringWriter what = new StringWriter();
    what.append(ex.getClass().getSimpleName());
    if (ex.getMessage() != null) {
      what.append(": ").append(ex.getMessage());
    }
    err.println(
        "triage: unexpected error: " + what + " (run again with --stacktrace and report it)");
    return ExitCodes.INVALID;
  }
}
