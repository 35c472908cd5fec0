package dev.triage.cli.process;

import dev.triage.cli.launch.LocalClock;
import dev.triage.diag.Diagnostic;
import dev.triage.diag.Printable;
import dev.triage.diag.QuestionnaireException;
import dev.triage.diag.SourceText;
import dev.triage.diag.TriageException;
import dev.triage.load.SourceFiles;
import dev.triage.model.Pos;
import dev.triage.report.SafeFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What a command may know of the world beyond its arguments, passed in so tests can run any command
 * in-process.
 *
 * @param in standard input, for {@code --answers -}
 * @param interactive whether stdin and stdout are a terminal a person can answer at
 * @param workDir the directory relative paths are resolved against
 * @param env environment variables (NO_COLOR, TERM, HOME)
 * @param terminalOnStandardError whether standard input and standard error are a terminal, asked
 *     only when needed
 */
public record Environment(
    InputStream in,
    boolean interactive,
    Path workDir,
    Map<String, String> env,
    Clock clock,
    BooleanSupplier terminalOnStandardError) {
  /** How standard input is named in messages. */
  public static final String STDIN = "<stdin>";

  /** How much of a name a suggested command line repeats, as much as a message quotes. */
  private static final int QUOTE_LIMIT = 60;

  public Environment {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(workDir, "workDir");
    env = Map.copyOf(env);
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(terminalOnStandardError, "terminalOnStandardError");
  }

  /**
   * An environment whose standard input and error are no terminal unless {@code interactive} says
   * both are.
   */
  public Environment(
      InputStream in, boolean interactive, Path workDir, Map<String, String> env, Clock clock) {
    this(in, interactive, workDir, env, clock, () -> false);
  }

  /** The real process environment. */
  public static Environment system() {
    return new Environment(
        System.in,
        isTerminal(System.console()),
        Path.of("").toAbsolutePath(),
        System.getenv(),
        new LocalClock(),
        TerminalDevices::standardInputAndErrorAreTerminals);
  }

  /**
   * Whether a session can ask on the terminal although standard output is a file or a pipe ({@code
   * triage run > result.txt}): standard input and standard error are a terminal. Checked only when
   * a run needs to ask.
   */
  public boolean askOnStandardError() {
    return !interactive && terminalOnStandardError.getAsBoolean();
  }

  /**
   * The home directory, which {@code ~} stands for in a file name typed at a session: $HOME, as a
   * shell takes it.
   */
  public Path home() {
    return variable("HOME")
        .filter(h -> !h.isBlank())
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("user.home")));
  }

  /**
   * Whether stdin and stdout are a terminal. Before JDK 22 a console exists only then; on JDK 22 to
   * 24 a console may exist with both redirected, and only {@code Console.isTerminal()} (JDK 22+,
   * called reflectively because this code targets 17) tells.
   */
  public static boolean isTerminal(java.io.Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException | RuntimeException notOnThisJdk) {
      return true;
    }
  }

  public Optional<String> variable(String name) {
    return Optional.ofNullable(env.get(name));
  }

  /** Resolves a path the user typed against the working directory. */
  public Path resolve(String path) {
    return workDir.resolve(path);
  }

  /**
   * Refuses a name given to {@code option} that cannot name a file: an empty one, which {@link
   * #requireName} refuses, and one ending in '/', which names a directory (the path made of it
   * would drop the slash and name a file).
   */
  public void requireFileName(String option, String given, String example) {
    requireName(option, given, example);
    if (given != null && SafeFile.namesDirectory(given)) {
      throw TriageException.usage(
          option
              + " "
              + Printable.quote(given)
              + " names a directory; name a file, such as "
              + option
              + " "
              + Printable.cut(given, QUOTE_LIMIT)
              + example);
    }
  }

  /**
   * Refuses an empty name given to {@code option}: it would resolve to the working directory, and
   * be refused as "a directory", which it is not.
   */
  public void requireName(String option, String given, String example) {
    if (given != null && given.isBlank()) {
      throw TriageException.usage(
          option
              + " "
              + Printable.quote(given)
              + " is not a file name; name a file, such as "
              + option
              + " "
              + example);
    }
  }

  /**
   * The file given to an option, read as {@link #read} reads it, or nothing when the option was not
   * given.
   */
  public Optional<SourceText> readIfGiven(String given) throws QuestionnaireException {
    return given == null ? Optional.empty() : Optional.of(read(given));
  }

  /**
   * A file the user named, or standard input for {@code -}, read with the limits and checks of
   * every YAML file.
   */
  public SourceText read(String given) throws QuestionnaireException {
    if (!given.equals("-")) {
      return SourceFiles.read(resolve(given), given);
    }
    try {
      return SourceFiles.read(in, STDIN);
    } catch (IOException e) {
      throw QuestionnaireException.of(
          Diagnostic.error(STDIN, Pos.NONE, "cannot read standard input (" + e.getMessage() + ")"));
    }
  }

  /**
   * Whether colour and emphasis may be used: not with {@code --no-color}, {@code NO_COLOR} set to
   * anything but the empty string (as no-color.org asks), or {@code TERM=dumb}.
   */
  public boolean colour(boolean noColorFlag) {
    return !noColorFlag
        && variable("NO_COLOR").orElse("").isEmpty()
        && !variable("TERM").equals(Optional.of("dumb"));
  }

  /** The width to wrap text at: $COLUMNS when it is set to something sensible, else 80. */
  public int width() {
    try {
      int columns = Integer.parseInt(variable("COLUMNS").orElse("").strip());
      return columns >= 40 && columns <= 200 ? columns : 80;
    } catch (NumberFormatException e) {
      return 80;
    }
  }
}
