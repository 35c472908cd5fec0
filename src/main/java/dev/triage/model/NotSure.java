package dev.triage.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The optional "not sure" answer of a question; its meaning is declared: treated as one of the
 * question's choices ({@code treat-as}), or its own branch ({@code next}). The loader guarantees
 * exactly one of the two is present.
 */
public record NotSure(
    Pos pos, String label, Optional<String> treatAs, Optional<Ref> next, Optional<String> reason) {
  /** The answer id a person gives for "not sure". */
  public static final String ID = "not-sure";

  public NotSure {
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(treatAs, "treatAs");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(reason, "reason");
  }
}
