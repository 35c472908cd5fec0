package dev.triage.engine;

import dev.triage.model.Asked;
import dev.triage.model.NotSure;
import java.util.Objects;
import java.util.Optional;

/**
 * One question answered on a walk.
 *
 * @param choice the id of the answer given, {@code not-sure} for "not sure"
 * @param number the answer's number as shown
 * @param label the answer's label as shown
 * @param treatedAs for "not sure" with {@code treat-as}: the choice whose branch was followed
 * @param reason what this answer adds to the result's reasons (a not-sure adds its own, never the
 *     treated choice's)
 * @param next the id of the red flag, question or outcome it leads to
 */
public record Answer(
    Asked question,
    String choice,
    int number,
    String label,
    Optional<String> treatedAs,
    Optional<String> reason,
    String next) {
  public Answer {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(treatedAs, "treatedAs");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(next, "next");
  }

  public boolean notSure() {
    return choice.equals(NotSure.ID);
  }
}
