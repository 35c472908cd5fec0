package dev.triage.console;

import dev.triage.answers.AnswerPrompter;
import dev.triage.diag.TriageException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.impl.DumbTerminal;

/**
 * Runs a console session over a JLine DumbTerminal on byte streams. The terminal is set up as a
 * real one is (Ctrl-C interrupts, Ctrl-D ends input); with type {@code dumb} the transcript is
 * plain text, with an xterm type JLine edits the line as in a real terminal (Tab completion, Esc)
 * and the transcript is stripped of its control sequences.
 */
final class Driver {
  /** What a session printed, and how it ended. */
  record Transcript(String screen, String raw, Optional<TriageException> failure) {
    boolean cancelled() {
      return failure.filter(f -> f.kind() == TriageException.Kind.CANCELLED).isPresent();
    }

    /** How many times the screen shows {@code text}. */
    int count(String text) {
      return Tmux.count(screen, text);
    }

    /** The screen from the first {@code text} on, to check what came after it. */
    String after(String text) {
      int at = screen.indexOf(text);
      if (at < 0) {
        throw new AssertionError("'" + text + "' never shown:\n" + screen);
      }
      return screen.substring(at);
    }
  }

  private Driver() {}

  static Transcript run(AnswerPrompter.Request request, Keys keys) {
    return run(request, keys, "dumb", 80);
  }

  static Transcript run(AnswerPrompter.Request request, Keys keys, String type, int width) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Optional<TriageException> failure = Optional.empty();
    try (DumbTerminal terminal =
        new DumbTerminal("test", type, keys.stream(), out, StandardCharsets.UTF_8)) {
      terminal.setSize(new Size(width, 24));
      Attributes a = terminal.getAttributes();
      a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
      a.setControlChar(Attributes.ControlChar.VINTR, 3);
      a.setControlChar(Attributes.ControlChar.VEOF, 4);
      terminal.setAttributes(a);
      try {
        Console.run(request, terminal, !type.startsWith("dumb"));
      } catch (TriageException e) {
        failure = Optional.of(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String raw = out.toString(StandardCharsets.UTF_8);
    return new Transcript(plain(raw), raw, failure);
  }

  /**
   * The text without terminal control sequences (colours, cursor moves, mode switches) or carriage
   * returns.
   */
  static String plain(String raw) {
    return raw.replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", "")
        .replaceAll("\u001b[=>]", "")
        .replaceAll("\u001b[()][0-9A-Za-z]", "")
        .replace("\r", "");
  }
}
