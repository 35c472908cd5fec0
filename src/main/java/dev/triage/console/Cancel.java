package dev.triage.console;

import dev.triage.diag.TriageException;
import java.util.List;

/**
 * The one way a session ends early: Ctrl-C, Ctrl-D, or a confirmed quit. The command layer maps it
 * to exit 130.
 */
final class Cancel {
  static final String MESSAGE = "Cancelled. Nothing was saved.";

  private Cancel() {}

  static TriageException now() {
    return new TriageException(TriageException.Kind.CANCELLED, List.of(MESSAGE));
  }
}
