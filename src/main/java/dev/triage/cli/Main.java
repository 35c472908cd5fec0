package dev.triage.cli;

import dev.triage.cli.launch.SpecSource;
import dev.triage.cli.launch.Subcommands;
import dev.triage.cli.process.Environment;
import dev.triage.cli.process.StandardOutput;
import dev.triage.diag.Printable;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point: builds the command line over the given streams; only {@link #main} exits the JVM.
 */
public final class Main {
  /**
   * picocli registers converters for java.sql, java.time and java.nio.file.Path by reflection on
   * every command line, loading those classes and their methods at each start; no option here has
   * such a type (ConverterTypesTest), so all of them are skipped, through a system property picocli
   * reads. ".*" rather than a list of names: picocli compiles the pattern once for each of the 16
   * converters.
   */
  static final String UNUSED_CONVERTERS = ".*";

  private Main() {}

  public static void main(String[] args) {
    StandardOutput stdout = StandardOutput.open();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(Environment.system(), out, err, args);
    out.flush();
    code = stdout.settle(code, err);
    err.flush();
    System.exit(code);
  }

  /** Runs one command line and returns its exit code; tests call this in-process. */
  public static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
    }
    SpecSource specs = SpecSource.load();
    CommandFactory factory = new CommandFactory(environment);
    CommandLine cmd = specs.commandLine(TriageCommand.class, factory);
    TriageCommand root = cmd.getCommand();
    // picocli sets --stacktrace on the root command wherever the line gives it (it is inherited by
    // every subcommand).
    Failures failures = new Failures(root::stacktrace);
    // Before the settings below, which picocli passes on only to subcommands already added.
    Subcommands.add(cmd, specs, factory, TriageCommand.SUBCOMMANDS, args);
    // Everything printed passes through Printable: no text from a file or an argument can steer the
    // terminal.
    PrintWriter printableOut = new PrintWriter(Printable.writer(out));
    PrintWriter printableErr = new PrintWriter(Printable.writer(err));
    // An argument starting with @ is an argument: expanding it from a file would print that file in
    // an error.
    cmd.setExpandAtFiles(false);
    // Help and usage text are never coloured: picocli colours them at a terminal, and the filter
    // above would print each escape as '?', whose width would also break the lines it wraps.
    cmd.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    cmd.setOut(printableOut);
    cmd.setErr(printableErr);
    cmd.setExecutionExceptionHandler(failures);
    cmd.setParameterExceptionHandler(failures);
    int code;
    try {
      code = cmd.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // picocli hands on only exceptions; an error the JVM throws would otherwise end in a stack
      // trace.
      code = Failures.exhausted(e, printableErr);
    }
    printableOut.flush();
    printableErr.flush();
    return code;
  }
}
