package dev.triage.engine;

import dev.triage.model.Pos;
import java.util.Objects;

/**
 * One answer as written before a walk, on the command line or in a file, not yet resolved against
 * the questionnaire.
 *
 * @param question the question id as written
 * @param choice the answer as written: a choice id or number
 * @param origin where it was written, for messages: {@code -a sitting-pain=yes} or {@code
 *     answers.yaml:3:15}
 * @param pos the answer's line and column in its file, so a problem can quote it; {@link Pos#NONE}
 *     for a flag
 */
public record WrittenAnswer(String question, String choice, String origin, Pos pos) {
  public WrittenAnswer {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(pos, "pos");
  }

  /** An answer written on the command line, which has no place in a file. */
  public WrittenAnswer(String question, String choice, String origin) {
    this(question, choice, origin, Pos.NONE);
  }
}
