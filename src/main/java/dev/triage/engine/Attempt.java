package dev.triage.engine;

import dev.triage.diag.Printable;
import dev.triage.model.Asked;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** What answering a question gave: the walk moved on, or the input was not one of the question's answers. */
public sealed interface Attempt permits Attempt.Accepted, Attempt.Rejected {
  /** The answer was taken; {@code walk} is the walk after it. */
  record Accepted(Walk walk, Answer answer) implements Attempt {
    public Accepted {
      Objects.requireNonNull(walk, "walk");
      Objects.requireNonNull(answer, "answer");
    }
  }

  /** The input matched none of the question's answers; {@code valid} lists them as shown. */
  record Rejected(Asked question, String input, List<Shown> valid) implements Attempt {
    public Rejected {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(input, "input");
      valid = List.copyOf(valid);
    }

    public static Rejected of(Asked question, String input) {
      return new Rejected(question, input, Choices.shown(question));
    }

    /** For example {@code 'maybe' is not an answer to 'sitting-pain'; valid answers: yes, no, not-sure (or 1 to 3)}. */
    public String message() {
      String what = input.isBlank() ? "no answer given" : Printable.quote(input.strip()) + " is not an answer";
      return what + " to '" + question.id() + "'; valid answers: " + validList();
    }

    /** For example {@code yes, no, not-sure (or 1 to 3)}. */
    public String validList() {
      String ids = valid.stream().map(Shown::id).collect(Collectors.joining(", "));
      return ids + (valid.size() == 1 ? " (or 1)" : " (or 1 to " + valid.size() + ")");
    }
  }
}
