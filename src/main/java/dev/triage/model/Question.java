package dev.triage.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A symptom question: its text, optional "why we ask" help, an optional note always shown under it,
 * an optional self-test, and the choices with where each leads.
 */
public record Question(
    String id,
    Pos pos,
    String text,
    Optional<String> help,
    Optional<String> note,
    Optional<SelfTest> selfTest,
    List<Choice> choices,
    Optional<NotSure> notSure,
    List<Ref> refs)
    implements Asked {
  public Question {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(selfTest, "selfTest");
    choices = List.copyOf(choices);
    Objects.requireNonNull(notSure, "notSure");
    refs = List.copyOf(refs);
  }

  /** A question without a note, as format v1 files before notes were written. */
  public Question(
      String id,
      Pos pos,
      String text,
      Optional<String> help,
      Optional<SelfTest> selfTest,
      List<Choice> choices,
      Optional<NotSure> notSure,
      List<Ref> refs) {
    this(id, pos, text, help, Optional.empty(), selfTest, choices, notSure, refs);
  }
}
