package dev.triage.console;

import dev.triage.answers.AnswerPrompter;
import dev.triage.diag.TriageException;
import dev.triage.engine.Walk;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.Signals;

/**
 * The interactive session in the process's own terminal. Nothing in this type's signatures names
 * JLine, so a scripted run that never calls {@link #run} never loads it: creating a terminal costs
 * a good part of a session's start-up.
 */
public final class Console implements AnswerPrompter {
  private static final String TERM = "TERM";

  /**
   * The terminal {@link #prepare} started building, until {@link #run} takes it or {@link #close}
   * drops it.
   */
  private Optional<CompletableFuture<SystemTerminal>> early = Optional.empty();

  /**
   * Found by {@link java.util.ServiceLoader}; does nothing until {@link #prepare} or {@link #run}
   * is called.
   */
  public Console() {}

  /**
   * Starts building the system terminal on a daemon thread (JLine probes its providers and
   * registers signal handlers), which then overlaps loading the questionnaire. Call only when stdin
   * and stdout are a terminal.
   */
  @Override
  public void prepare() {
    if (early.isEmpty()) {
      CompletableFuture<SystemTerminal> terminal = new CompletableFuture<>();
      Thread builder =
          new Thread(
              () -> {
                try {
                  terminal.complete(SystemTerminal.open(false));
                } catch (
                    Throwable
                        e) { // handed to run(), which reports it as it would have without prepare()
                  terminal.completeExceptionally(e);
                }
              },
              "triage-terminal");
      builder.setDaemon(true);
      builder.start();
      early = Optional.of(terminal);
    }
  }

  /**
   * Closes a terminal that {@link #prepare} built and no session used, once it is built, without
   * waiting.
   */
  @Override
  // The future of the close is dropped on purpose: the command is ending, and a failure to build
  // the terminal that
  // nothing used is nothing the person needs to hear of.
  @SuppressWarnings("FutureReturnValueIgnored")
  public void close() {
    early.ifPresent(terminal -> terminal.thenAccept(SystemTerminal::close));
    early = Optional.empty();
  }

  /**
   * Runs a session in the terminal this process was started from; call only when stdin and stdout
   * are a terminal, or stdin and stderr are and the request says to draw on standard error. The
   * terminal is restored however the session ends.
   *
   * @throws TriageException CANCELLED when the person quits, or presses Ctrl-C or Ctrl-D
   */
  @Override
  public Walk run(Request request) {
    SystemTerminal system =
        early.isPresent() ? join(early.get()) : SystemTerminal.open(request.onStandardError());
    early = Optional.empty();
    Terminal terminal = system.terminal();
    // A dumb terminal (TERM=dumb) leaves Ctrl-C to the JVM, which would end the process without a
    // word: send it to
    // the terminal's handlers, as the other terminals do.
    Object jvmHandler =
        terminal instanceof DumbTerminal
            ? Signals.register(
                Terminal.Signal.INT.name(), () -> terminal.raise(Terminal.Signal.INT))
            : null;
    // SIGTERM (kill, a closing window) ends the session as Ctrl-C does: it says so, saves nothing,
    // and restores the
    // terminal through the same close, rather than the JVM stopping mid-prompt.
    Object termHandler = Signals.register(TERM, () -> terminal.raise(Terminal.Signal.INT));
    try {
      return run(request, terminal, true);
    } finally {
      Signals.unregister(TERM, termHandler);
      if (jvmHandler != null) {
        Signals.unregister(Terminal.Signal.INT.name(), jvmHandler);
      }
      system.close(); // restores the settings the terminal had before the session
    }
  }

  /**
   * The terminal built on another thread, or what building it threw, as {@link SystemTerminal#open}
   * would.
   */
  private static SystemTerminal join(CompletableFuture<SystemTerminal> terminal) {
    try {
      return terminal.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }

  /**
   * Runs a session over the given terminal, which the caller closes; tests pass a DumbTerminal on
   * byte streams.
   */
  static Walk run(Request request, Terminal terminal, boolean outputIsTerminal) {
    Palette palette = Palette.choose(request.colour(), terminal.getType(), outputIsTerminal);
    Thread session = Thread.currentThread();
    // Outside a prompt (JLine handles Ctrl-C inside one) an interrupt makes the next prompt cancel
    // the session.
    Terminal.SignalHandler previous =
        terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
    try {
      return new Session(terminal, palette, request).run();
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
