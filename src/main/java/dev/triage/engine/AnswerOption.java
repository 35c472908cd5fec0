package dev.triage.engine;

import java.util.Objects;

/**
 * One answer a question accepts, numbered as it is listed: its 1-based number, its id and its label
 * ("not sure" is numbered last).
 *
 * @param number what a person may type instead of the id
 */
public record AnswerOption(int number, String id, String label) {
  public AnswerOption {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }

  /** How error messages list it: {@code 1=yes}. */
  @Override
  public String toString() {
    return number + "=" + id;
  }
}
