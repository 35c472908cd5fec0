package dev.triage.console;

import dev.triage.diag.TriageException;
import dev.triage.engine.Result;
import dev.triage.engine.Walk;
import dev.triage.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive session in the process's own terminal. Nothing in this type's signatures names JLine, so a scripted
 * run that never calls {@link #run} never loads it: creating a terminal costs 70 to 185 ms.
 */
public final class Console {
  private Console() {}

  /**
   * What a session needs from the command that starts it.
   *
   * @param walk where to start: the first question, or wherever the answers given on the command line led
   * @param given the answers from {@code -a} and {@code --answers}, applied again as their questions come up
   * @param report makes the report of a result (questionnaire hash, date, reproduce command)
   * @param render the report in the chosen format ({@code --format})
   * @param extension the file name extension for that format, for the default name
   * @param output the file given with {@code -o}: saved to without asking ({@code -} prints the report)
   * @param force whether {@code --force} allows replacing {@code output}; without it the person is asked
   * @param noColor whether {@code --no-color} was given
   * @param env environment variables ({@code NO_COLOR}, {@code TERM})
   * @param workDir where relative file names are saved
   * @param clock dates the default file name
   */
  public record Request(
      Walk walk,
      Map<String, String> given,
      Function<Result, Report> report,
      Function<Report, String> render,
      String extension,
      Optional<String> output,
      boolean force,
      boolean noColor,
      Map<String, String> env,
      Path workDir,
      Clock clock) {
    public Request {
      Objects.requireNonNull(walk, "walk");
      given = Map.copyOf(given);
      Objects.requireNonNull(report, "report");
      Objects.requireNonNull(render, "render");
      Objects.requireNonNull(extension, "extension");
      Objects.requireNonNull(output, "output");
      env = Map.copyOf(env);
      Objects.requireNonNull(workDir, "workDir");
      Objects.requireNonNull(clock, "clock");
    }
  }

  /**
   * Runs a session in the terminal this process was started from; call only when stdin and stdout are a terminal.
   * The terminal is restored however the session ends.
   *
   * @throws TriageException CANCELLED when the person quits, or presses Ctrl-C or Ctrl-D
   */
  public static void run(Request request) {
    Terminal terminal;
    try {
      // The exec provider ships in jline-terminal itself (no native library, no JNA or Jansi); dumb(true) falls back
      // quietly to a line-by-line terminal rather than printing JLine's warning.
      terminal = TerminalBuilder.builder().system(true).provider("exec").dumb(true).build();
    } catch (IOException | RuntimeException e) {
      throw new TriageException(TriageException.Kind.INPUT,
          "cannot use this terminal (" + e.getMessage() + "); answer with -a or --answers instead", e);
    }
    try (terminal) {
      run(request, terminal, true);
    } catch (IOException e) {
      // Closing only restores the terminal's settings; a failure there leaves nothing for the person to do.
    }
  }

  /** Runs a session over the given terminal, which the caller closes; tests pass a DumbTerminal on byte streams. */
  static void run(Request request, Terminal terminal, boolean outputIsTerminal) {
    Palette palette = Palette.choose(request.noColor(), request.env(), terminal.getType(), outputIsTerminal);
    Thread session = Thread.currentThread();
    // Outside a prompt (JLine handles Ctrl-C inside one) an interrupt makes the next prompt cancel the session.
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
    try {
      new Session(terminal, palette, request).run();
    } catch (TriageException e) {
      if (e.kind() == TriageException.Kind.CANCELLED) {
        terminal.writer().println(); // the prompt was left mid-line by Ctrl-C or Ctrl-D
      }
      throw e;
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
      terminal.writer().flush();
      Thread.interrupted(); // a late Ctrl-C must not leak into the command that called us
    }
  }
}
