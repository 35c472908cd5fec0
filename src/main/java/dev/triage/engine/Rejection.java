package dev.triage.engine;

import dev.triage.diag.Printable;
import dev.triage.model.Asked;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An input that is not one of a question's answers, with the answers it could have been.
 *
 * @param valid the question's answers as shown
 */
public record Rejection(Asked question, String input, List<AnswerOption> valid) {
  public Rejection {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(input, "input");
    valid = List.copyOf(valid);
  }

  public static Rejection of(Asked question, String input) {
    return new Rejection(question, input, Choices.options(question));
  }

  /**
   * For example {@code 'maybe' is not an answer to 'sitting-pain'; valid answers: yes, no, not-sure
   * (or 1 to 3)}.
   */
  public String message() {
    String what =
        input.isBlank() ? "no answer given" : Printable.quote(input.strip()) + " is not an answer";
    return what + " to '" + question.id() + "'; valid answers: " + validList();
  }

  /** For example {@code yes, no, not-sure (or 1 to 3)}. */
  public String validList() {
    String ids = valid.stream().map(AnswerOption::id).collect(Collectors.joining(", "));
    return ids + (valid.size() == 1 ? " (or 1)" : " (or 1 to " + valid.size() + ")");
  }
}
