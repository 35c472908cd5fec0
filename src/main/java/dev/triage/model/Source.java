package dev.triage.model;

import java.util.Objects;

/**
 * A likely source of pain the questionnaire can suggest, such as the hamstring or the sciatic
 * nerve.
 */
public record Source(String id, Pos pos, String name, String description) {
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
  }
}
