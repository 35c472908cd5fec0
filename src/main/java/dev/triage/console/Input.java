package dev.triage.console;

import java.util.Objects;

/**
 * What a person did at a prompt: typed a line, pressed Esc to go back, or cancelled with Ctrl-C or
 * Ctrl-D.
 */
sealed interface Input permits Input.Line, Back, Input.Cancel {
  /** A line as typed, surrounding spaces removed. */
  record Line(String text) implements Input {
    public Line {
      text = Objects.requireNonNull(text, "text").strip();
    }
  }

  /** Ctrl-C or Ctrl-D: end the session without saving anything. */
  record Cancel() implements Input {}
}
