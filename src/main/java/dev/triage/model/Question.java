package dev.triage.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A symptom question: its text, optional "why we ask" help and self-test, and the choices with where each leads. */
public record Question(
    String id,
    Pos pos,
    String text,
    Optional<String> help,
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
    Objects.requireNonNull(selfTest, "selfTest");
    choices = List.copyOf(choices);
    Objects.requireNonNull(notSure, "notSure");
    refs = List.copyOf(refs);
  }
}
