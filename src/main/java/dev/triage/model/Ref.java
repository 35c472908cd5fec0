package dev.triage.model;

import java.util.Objects;

/**
 * A reference by id to another element (question, red flag, outcome, source or reference key), with
 * where it was written.
 */
public record Ref(String id, Pos pos) {
  public Ref {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pos, "pos");
  }
}
