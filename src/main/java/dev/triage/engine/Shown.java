package dev.triage.engine;

import java.util.Objects;

/**
 * One answer as a person sees it listed: its 1-based number, its id and its label ("not sure" is numbered last).
 *
 * @param number what a person may type instead of the id
 */
public record Shown(int number, String id, String label) {
  public Shown {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }

  /** How error messages list it: {@code 1=yes}. */
  @Override
  public String toString() {
    return number + "=" + id;
  }
}
