package dev.triage.console;

import dev.triage.diag.TriageException;
import java.io.IOException;
import java.util.Optional;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * The terminal this process was started from, with its settings as they were before JLine touched
 * it, so that closing it gives the terminal back exactly as {@code stty -a} showed it.
 */
record SystemTerminal(Terminal terminal, Optional<TerminalSettings> before) {
  /**
   * Reads the terminal's settings, then builds the JLine terminal: with JLine's JNI provider alone
   * when the settings could be read, as it starts no process and {@link #close} puts back what it
   * writes inexactly (JLine probes every provider it may use, and probing the exec provider starts
   * {@code test -t}); else with its exec provider first, whose {@code stty} restores exactly by
   * itself (JNI stays as the fallback where stty is missing). {@code dumb(true)} falls back quietly
   * to a line-by-line terminal rather than printing JLine's warning. No grapheme clusters: JLine 4
   * would probe the terminal for them with queries, then throw away whatever was typed meanwhile
   * (an early Ctrl-D among it) and wait for answers a terminal that does not know the queries never
   * sends. With {@code onStandardError} it draws on standard error, for a run whose standard output
   * is a file or a pipe.
   */
  static SystemTerminal open(boolean onStandardError) {
    Optional<TerminalSettings> before = TerminalSettings.read();
    try {
      TerminalBuilder builder =
          TerminalBuilder.builder().system(true).dumb(true).graphemeCluster(false);
      if (onStandardError) {
        builder.systemOutput(TerminalBuilder.SystemOutput.SysErr);
      }
      Terminal terminal =
          (before.isPresent() ? builder.provider("jni") : builder.providers("exec,jni")).build();
      if (terminal instanceof DumbTerminal) {
        before.ifPresent(
            settings -> settings.keyByKey().apply()); // close() puts back what was read
      }
      return new SystemTerminal(terminal, before);
    } catch (IOException | RuntimeException e) {
      throw new TriageException(
          TriageException.Kind.INPUT,
          "cannot use this terminal (" + e.getMessage() + "); answer with -a or --answers instead",
          e);
    }
  }

  /**
   * Closes the terminal, then writes back the settings it had before, whatever JLine left in them.
   */
  void close() {
    try {
      terminal.close();
    } catch (IOException e) {
      // The session is over either way and there is nothing the person could do about it.
    }
    before.ifPresent(TerminalSettings::apply);
  }
}
