package dev.triage.console;

import dev.triage.answers.AnswerPrompter;
import dev.triage.diag.TriageException;
import dev.triage.engine.Walk;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.Signals;

/**
 * The interactive session in the process's own terminal. Nothing in this type's signatures names JLine, so a scripted
 * run that never calls {@link #run} never loads it: creating a terminal costs 70 to 185 ms.
 */
public final class Console implements AnswerPrompter {
  private static final String TERM = "TERM";

  /** The terminal {@link #prepare} started building, until {@link #run} takes it or {@link #close} drops it. */
  private Optional<CompletableFuture<Terminal>> early = Optional.empty();

  /** Found by {@link java.util.ServiceLoader}; does nothing until {@link #prepare} or {@link #run} is called. */
  public Console() {}

  /**
   * Starts building the system terminal on a daemon thread: on JDK 17 that takes about 60 ms (JLine probes its
   * providers, starts java.util.logging, registers signal handlers), which then overlaps loading the questionnaire.
   * Call only when stdin and stdout are a terminal.
   */
  @Override
  public void prepare() {
    if (early.isEmpty()) {
      CompletableFuture<Terminal> terminal = new CompletableFuture<>();
      Thread builder = new Thread(() -> {
        try {
          terminal.complete(build());
        } catch (Throwable e) { // handed to run(), which reports it as it would have without prepare()
          terminal.completeExceptionally(e);
        }
      }, "triage-terminal");
      builder.setDaemon(true);
      builder.start();
      early = Optional.of(terminal);
    }
  }

  /** Closes a terminal that {@link #prepare} built and no session used, once it is built, without waiting. */
  @Override
  public void close() {
    early.ifPresent(terminal -> terminal.thenAccept(Console::closeQuietly));
    early = Optional.empty();
  }

  /**
   * Runs a session in the terminal this process was started from; call only when stdin and stdout are a terminal.
   * The terminal is restored however the session ends.
   *
   * @throws TriageException CANCELLED when the person quits, or presses Ctrl-C or Ctrl-D
   */
  @Override
  public Walk run(Request request) {
    Terminal terminal = early.isPresent() ? join(early.get()) : build();
    early = Optional.empty();
    // A dumb terminal (TERM=dumb) leaves Ctrl-C to the JVM, which would end the process without a word: send it to
    // the terminal's handlers, as the other terminals do.
    Object jvmHandler = terminal instanceof DumbTerminal
        ? Signals.register(Terminal.Signal.INT.name(), () -> terminal.raise(Terminal.Signal.INT))
        : null;
    // SIGTERM (kill, a closing window) ends the session as Ctrl-C does: it says so, saves nothing, and restores the
    // terminal through the same close, rather than the JVM stopping mid-prompt.
    Object termHandler = Signals.register(TERM, () -> terminal.raise(Terminal.Signal.INT));
    try {
      return run(request, terminal, true);
    } finally {
      Signals.unregister(TERM, termHandler);
      if (jvmHandler != null) {
        Signals.unregister(Terminal.Signal.INT.name(), jvmHandler);
      }
      closeQuietly(terminal); // restores the settings the terminal had before the session
    }
  }

  private static Terminal build() {
    try {
      // Exec first (stty): JLine's JNI provider writes termios fields it does not know (every release to 4.6.0 leaves
      // "line = 6" in stty -a; before 4.4.0 also "speed 0 baud"), so only stty gives the terminal back exactly as it
      // was. A Ctrl-C that kills an stty child mid-prompt ends that prompt with an I/O error, which cancels the
      // session as Ctrl-C should anyway. JNI stays as the fallback where stty is missing. dumb(true) falls back quietly
      // to a line-by-line terminal rather than printing JLine's warning. No grapheme clusters: JLine 4 would probe the
      // terminal for them with queries, then throw away whatever was typed meanwhile (an early Ctrl-D among it) and
      // wait for answers a terminal that does not know the queries never sends.
      return TerminalBuilder.builder().system(true).providers("exec,jni").dumb(true).graphemeCluster(false).build();
    } catch (IOException | RuntimeException e) {
      throw new TriageException(TriageException.Kind.INPUT,
          "cannot use this terminal (" + e.getMessage() + "); answer with -a or --answers instead", e);
    }
  }

  /** The terminal built on another thread, or what building it threw, as {@link #build} would have thrown it. */
  private static Terminal join(CompletableFuture<Terminal> terminal) {
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

  private static void closeQuietly(Terminal terminal) {
    try {
      terminal.close();
    } catch (IOException e) {
      // The session is over either way and there is nothing the person could do about it.
    }
  }

  /** Runs a session over the given terminal, which the caller closes; tests pass a DumbTerminal on byte streams. */
  static Walk run(Request request, Terminal terminal, boolean outputIsTerminal) {
    Palette palette = Palette.choose(request.noColor(), request.env(), terminal.getType(), outputIsTerminal);
    Thread session = Thread.currentThread();
    // Outside a prompt (JLine handles Ctrl-C inside one) an interrupt makes the next prompt cancel the session.
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
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
